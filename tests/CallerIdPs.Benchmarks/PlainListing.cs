using System;
using System.Diagnostics;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;

namespace CallerIdPs.Benchmarks
{
    /// <summary>The baseline: HttpClient and System.Text.Json fetching the same pages, no module, no PowerShell.</summary>
    internal static class PlainListing
    {
        private sealed class Page
        {
            [JsonPropertyName("caller_ids")] public CallerIdRow[]? CallerIds { get; set; }
        }

        private sealed class CallerIdRow
        {
            [JsonPropertyName("uuid")] public string? Uuid { get; set; }
            [JsonPropertyName("phone_number")] public string? PhoneNumber { get; set; }
            [JsonPropertyName("friendly_name")] public string? FriendlyName { get; set; }
            [JsonPropertyName("iso_country_code")] public string? Country { get; set; }
            [JsonPropertyName("type")] public string? Type { get; set; }
            [JsonPropertyName("verified")] public bool Verified { get; set; }
            [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
            [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
            [JsonPropertyName("expires_at")] public DateTimeOffset? ExpiresAt { get; set; }
        }

        /// <summary>One page body as the plain loop reads it: typed rows, no module.</summary>
        public static int ParsePage(byte[] body) => JsonSerializer.Deserialize<Page>(body)?.CallerIds?.Length ?? 0;

        public static async Task<(int Count, TimeSpan Elapsed, TimeSpan FirstPage)> RunAsync(HttpClient http, Uri baseUri, string apiKey)
        {
            var clock = Stopwatch.StartNew();
            var firstPage = TimeSpan.Zero;
            var count = 0;
            for (var page = 0; ; page++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, $"/open/voip/caller-ids?page_number={page}&results_per_page=200"));
                request.Headers.Add("X-User-API-Key", apiKey);
                using var response = await http.SendAsync(request);
                response.EnsureSuccessStatusCode();
                await using var body = await response.Content.ReadAsStreamAsync();
                var parsed = await JsonSerializer.DeserializeAsync<Page>(body);
                var items = parsed?.CallerIds ?? Array.Empty<CallerIdRow>();
                if (page == 0) firstPage = clock.Elapsed;
                count += items.Length;
                if (items.Length < 200) break;
            }

            return (count, clock.Elapsed, firstPage);
        }
    }
}

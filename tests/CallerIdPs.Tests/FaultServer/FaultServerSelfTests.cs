using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.FaultServerSelf
{
    /// <summary>
    /// The adversary itself, through a bare HttpClient: each fault does what the adversarial tests rely on, so a failing
    /// module test is the module's failure and not the server's.
    /// </summary>
    public sealed class FaultServerSelfTests : IDisposable
    {
        private const string Buy = "{\"number\":\"+447700900101\"}";
        private readonly FaultServer.FaultServer _server = FaultServer.FaultServer.Start();
        private readonly HttpClient _http;

        public FaultServerSelfTests()
        {
            _http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = _server.BaseUri, Timeout = TimeSpan.FromSeconds(10) };
            _http.DefaultRequestHeaders.Add("X-User-API-Key", _server.Scenario.TwoChat.ApiKey);
        }

        public void Dispose()
        {
            _http.Dispose();
            _server.Dispose();
        }

        [Fact]
        public async Task A_reset_after_commit_loses_the_answer_but_the_number_is_sold()
        {
            _server.Faults.On("POST", FakeCatalog.TwoChatPurchasePath, Fault.Reset(providerActs: true));

            await Assert.ThrowsAsync<HttpRequestException>(() => _http.PostAsync(FakeCatalog.TwoChatPurchasePath, Json(Buy)));

            Assert.Equal(new[] { "+447700900101" }, _server.Sold.All.Select(c => c.PhoneNumber));
            Assert.Equal(1, _server.Requests.Count("POST", FakeCatalog.TwoChatPurchasePath));
        }

        [Fact]
        public async Task A_reset_mid_body_sends_the_head_and_part_of_the_body_then_resets()
        {
            _server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath, new Fault { Kind = FaultKind.ResetMidBody });

            using var response = await _http.GetAsync(FakeCatalog.TwoChatCallerIdsPath, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Assert.ThrowsAnyAsync<Exception>(() => response.Content.ReadAsByteArrayAsync());
        }

        [Fact]
        public async Task The_account_lists_a_sold_number_only_after_the_delay_and_without_plus_when_told()
        {
            _server.Scenario.ListAfter = TimeSpan.FromSeconds(1);
            _server.Scenario.ListWithoutPlus = true;
            (await _http.PostAsync(FakeCatalog.TwoChatPurchasePath, Json(Buy))).EnsureSuccessStatusCode();

            var early = await _http.GetStringAsync(FakeCatalog.TwoChatVirtualNumbersPath);
            await Task.Delay(1200);
            var late = await _http.GetStringAsync(FakeCatalog.TwoChatVirtualNumbersPath);

            Assert.DoesNotContain("447700900101", early, StringComparison.Ordinal);
            Assert.Contains("\"phone_number\":\"447700900101\"", late, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_released_record_is_listed_with_status_RELEASED_and_nothing_is_sold()
        {
            _server.Scenario.TwoChat.ReleasedNumbers.Add("+447700900101");

            var listing = await _http.GetStringAsync(FakeCatalog.TwoChatVirtualNumbersPath);

            Assert.Contains("\"status_text\":\"RELEASED\"", listing, StringComparison.Ordinal);
            Assert.Empty(_server.Sold.All);
        }

        [Fact]
        public async Task Corrupt_gzip_claims_gzip_and_does_not_inflate()
        {
            _server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath, new Fault { Kind = FaultKind.CorruptGzip });

            using var response = await _http.GetAsync(FakeCatalog.TwoChatCallerIdsPath);
            Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
            var body = await response.Content.ReadAsByteArrayAsync();
            using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            Assert.ThrowsAny<InvalidDataException>(() => gzip.CopyTo(Stream.Null));
        }

        [Fact]
        public async Task A_gzip_bomb_is_small_on_the_wire_and_inflates_to_zeros_beyond_what_it_weighs()
        {
            _server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath, new Fault { Kind = FaultKind.GzipBomb, BombBytes = 64L << 20 });

            using var response = await _http.GetAsync(FakeCatalog.TwoChatCallerIdsPath);
            var body = await response.Content.ReadAsByteArrayAsync();
            using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            var inflated = 0L;
            var buffer = new byte[1 << 20];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                Assert.True(buffer.Take(read).All(b => b == 0));
                inflated += read;
            }

            Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
            Assert.Equal(64L << 20, inflated);
            Assert.True(body.Length < inflated / 500, $"{body.Length} bytes on the wire for {inflated} inflated.");
        }

        [Fact]
        public async Task A_drip_sends_the_head_at_once_and_the_body_a_byte_per_interval()
        {
            _server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath, new Fault { Kind = FaultKind.Drip, DripInterval = TimeSpan.FromMilliseconds(200) });

            using var response = await _http.GetAsync(FakeCatalog.TwoChatCallerIdsPath, HttpCompletionOption.ResponseHeadersRead);
            using var body = await response.Content.ReadAsStreamAsync();
            var first = new byte[16];
            var got = await body.ReadAsync(first, 0, first.Length);
            Assert.Equal(1, got);
            response.Dispose();
            var drip = Assert.Single(_server.SlowAnswers.All);
            await WaitUntil(() => drip.ClientGoneAt.HasValue);
            // HttpClient may drain a disposed answer for up to 2 s (its ResponseDrainTimeout): about 10 bytes at this pace.
            Assert.True(drip.BytesSent < 40, $"{drip.BytesSent} bytes were sent to a client that went away.");
        }

        [Fact]
        public async Task A_429_after_commit_carries_Retry_After_and_the_number_is_sold()
        {
            _server.Faults.On("POST", FakeCatalog.TwoChatPurchasePath, Fault.Answer(429, "{}", "100000", providerActs: true));

            using var response = await _http.PostAsync(FakeCatalog.TwoChatPurchasePath, Json(Buy));

            Assert.Equal((HttpStatusCode)429, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(100000), response.Headers.RetryAfter?.Delta);
            Assert.Single(_server.Sold.All);
        }

        [Fact]
        public async Task Plivo_next_can_point_at_itself_and_Apple_can_hand_out_fresh_cursors_over_the_same_data()
        {
            _server.Scenario.Plivo.NextPointsAtItself = true;
            var plivo = new HttpRequestMessage(HttpMethod.Get, FakeCatalog.PlivoListPath(_server.Scenario) + "?limit=20&offset=0");
            plivo.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes(_server.Scenario.Plivo.AuthId + ":" + _server.Scenario.Plivo.AuthToken)));
            var page = await (await _http.SendAsync(plivo)).Content.ReadAsStringAsync();
            Assert.Contains("\"next\":\"" + FakeCatalog.PlivoListPath(_server.Scenario) + "?limit=20\\u0026offset=0\"", page, StringComparison.Ordinal);

            _server.Scenario.Apple.NewCursorSameData = true;
            var token = await (await _http.PostAsync("/api/v1/oauth2/token", Json(
                $"{{\"client_id\":\"{_server.Scenario.Apple.ClientId}\",\"client_secret\":\"{_server.Scenario.Apple.ClientSecret}\",\"grant_type\":\"client_credentials\",\"scope\":\"business\"}}"))).Content.ReadAsStringAsync();
            var bearer = System.Text.Json.JsonDocument.Parse(token).RootElement.GetProperty("access_token").GetString();
            string Cursor(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("pagination").GetProperty("cursors").GetProperty("after").GetString()!;
            async Task<string> ApplePage()
            {
                var request = new HttpRequestMessage(HttpMethod.Get, FakeCatalog.AppleListPath(_server.Scenario) + "?limit=10");
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
                return await (await _http.SendAsync(request)).Content.ReadAsStringAsync();
            }

            var one = await ApplePage();
            var two = await ApplePage();
            Assert.NotEqual(Cursor(one), Cursor(two));
            Assert.Equal(one.Substring(0, one.IndexOf("pagination", StringComparison.Ordinal)), two.Substring(0, two.IndexOf("pagination", StringComparison.Ordinal)));
        }

        private static StringContent Json(string body) => new StringContent(body, Encoding.UTF8, "application/json");

        private static async Task WaitUntil(Func<bool> condition)
        {
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (!condition())
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException();
                await Task.Delay(20);
            }
        }
    }
}

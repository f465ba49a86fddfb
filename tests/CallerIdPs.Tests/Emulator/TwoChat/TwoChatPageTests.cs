using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Sandbox.Framework;
using CallerIdPs.Sandbox.TwoChat;
using CallerIdPs.Tests.Parsing;

namespace CallerIdPs.Tests.Emulator.TwoChat
{
    /// <summary>
    /// The 2Chat emulator's caller-ID pages (what the benchmark and the loopback tests list) against the provider file's
    /// example: its fields in its order and kinds, compact JSON, and an empty page past the end.
    /// </summary>
    public class TwoChatPageTests
    {
        private static (string Text, JsonNode Json) Page(TwoChatEmulator emulator, string path, string query)
        {
            var headers = new Dictionary<string, string> { ["X-User-API-Key"] = TwoChatEmulatorOptions.DefaultApiKey };
            var response = Task.Run(() => emulator.HandleAsync(new EmulatorRequest("GET", path, query, headers, new byte[0]), CancellationToken.None)).GetAwaiter().GetResult();
            Assert.Equal(200, response.Status);
            var text = Encoding.UTF8.GetString(response.Body);
            return (text, JsonNode.Parse(text)!);
        }

        private static JsonValueKind Kind(JsonValueKind kind) => kind == JsonValueKind.False ? JsonValueKind.True : kind;

        private static IReadOnlyList<string> Names(JsonNode node) => node.AsObject().Select(p => p.Key).ToList();

        [Fact]
        public void A_caller_id_page_has_the_examples_fields_in_its_order_and_kinds()
        {
            var example = JsonNode.Parse(ProviderExample.Text("twochat", "caller-ids.json"))!;
            var exampleRecord = example["caller_ids"]![0]!;
            var (_, page) = Page(new TwoChatEmulator(new TwoChatEmulatorOptions { CallerIdCount = 450 }), "/open/voip/caller-ids", "page_number=1&results_per_page=200");

            Assert.Equal(Names(example), Names(page));
            Assert.Equal(450, page["count"]!.GetValue<int>());
            Assert.Equal(1, page["page"]!.GetValue<int>());
            var records = page["caller_ids"]!.AsArray();
            Assert.Equal(200, records.Count);
            foreach (var record in records)
            {
                Assert.Equal(Names(exampleRecord), Names(record!));
                foreach (var field in record!.AsObject())
                {
                    var kind = Kind(field.Value?.GetValueKind() ?? JsonValueKind.Null);
                    var exampleKind = Kind(exampleRecord[field.Key]!.GetValueKind());
                    Assert.True(kind == exampleKind || kind == JsonValueKind.Null, $"{field.Key} is {kind}, the example's is {exampleKind}");
                }
            }

            Assert.Contains(records, r => r!["channel_uuid"] == null);
            Assert.Contains(records, r => r!["expires_at"] == null);
        }

        [Fact]
        public void Pages_are_compact_json_written_as_the_provider_writes_them_and_the_last_one_is_empty()
        {
            var emulator = new TwoChatEmulator(new TwoChatEmulatorOptions { CallerIdCount = 450 });
            var (text, json) = Page(emulator, "/open/voip/caller-ids", "page_number=0&results_per_page=200");

            // Compact, and "+34…" as the example shows it, not System.Text.Json's HTML-safe "\u002B34…".
            Assert.Equal(json.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), text);
            Assert.Contains("\"phone_number\":\"+", text);
            Assert.DoesNotContain("\\u", text);
            Assert.Contains("\"phone_number\":\"+", ProviderExample.Text("twochat", "caller-ids.json").Replace(" ", ""));

            // Timestamps to the second in UTC with a Z, as the example's "2025-08-22T02:24:40Z".
            foreach (var record in json["caller_ids"]!.AsArray())
            {
                Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", record!["created_at"]!.GetValue<string>());
                Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", record["updated_at"]!.GetValue<string>());
            }

            var (_, last) = Page(emulator, "/open/voip/caller-ids", "page_number=3&results_per_page=200");
            Assert.Empty(last["caller_ids"]!.AsArray());
            Assert.Equal(450, last["count"]!.GetValue<int>());
        }
    }
}

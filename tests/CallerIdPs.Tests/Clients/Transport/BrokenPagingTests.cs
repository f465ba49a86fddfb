using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.AppleBusiness;
using CallerIdPs.Providers.Plivo;

namespace CallerIdPs.Tests.Clients.Transport
{
    /// <summary>Issue 13: listings from servers whose paging never ends stop with a clear error and no duplicate, per provider.</summary>
    public sealed class BrokenPagingTests
    {
        private const string PlivoAuthId = "MAABCDEFGHIJKLMNOPQR";
        private static readonly CancellationToken None = CancellationToken.None;

        [Fact]
        public async Task TwoChat_pages_that_overlap_stop_at_the_first_repeated_caller_id()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r =>
            {
                if (r.Path != "/open/voip/caller-ids") return null;
                var page = int.Parse(r.QueryValue("page_number")!);
                var items = Enumerable.Range(page * 150, 200).Select(i =>
                    $"{{\"uuid\":\"VCI{i:00000}\",\"phone_number\":\"+1555{i:0000000}\",\"type\":\"CI\",\"verified\":true}}");
                return Reply.Json(200, $"{{\"success\":true,\"count\":1257,\"page\":{page},\"caller_ids\":[{string.Join(",", items)}]}}");
            }));
            var (connection, client) = await RawTwoChat.ConnectAsync(server);
            using var _ = connection;
            var seen = new List<string>();

            var error = await Assert.ThrowsAsync<CallerIdException>(async () =>
            {
                await foreach (var item in client.ListCallerIdsAsync(None)) seen.Add(item.Id);
            });

            Assert.Equal(CallerIdErrorKind.ProviderError, error.Kind);
            Assert.Contains("page 1 repeated VCI00150", error.Message, StringComparison.Ordinal);
            Assert.Equal(200, seen.Count);
            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.Equal(2, server.Count("GET", "/open/voip/caller-ids"));
        }

        [Fact]
        public async Task A_Plivo_next_that_points_at_itself_stops_after_one_page_of_unique_items()
        {
            await using var server = RawResponder.Start(r =>
            {
                var items = Enumerable.Range(1, 20).Select(i =>
                    $"{{\"alias\":\"n{i}\",\"country\":\"US\",\"created_at\":\"2023-09-25T14:40:38Z\",\"modified_at\":\"2023-09-25T14:40:38Z\",\"phone_number\":\"+1555000{i:0000}\",\"subaccount\":\"\",\"verification_uuid\":\"v{i}\"}}");
                var self = $"/v1/Account/{PlivoAuthId}/VerifiedCallerId/?limit=20&offset=0";
                return Reply.Json(200, $"{{\"api_id\":\"a1\",\"meta\":{{\"limit\":20,\"next\":\"{self}\",\"offset\":0,\"previous\":null,\"total_count\":500}},\"objects\":[{string.Join(",", items)}]}}");
            });
            using var connection = await ConnectionFactory.ConnectAsync(
                new ConnectionRequest("P", ProviderKind.Plivo)
                {
                    Credential = new ClientCredential(PlivoAuthId, Secret.FromPlainText("token-0123456789")),
                    BaseUri = server.BaseUri,
                    Retry = TwoChatLoopback.FastRetries(),
                },
                None);
            var client = connection.ClientAs<PlivoClient>();
            var seen = new List<string>();

            var error = await Assert.ThrowsAsync<CallerIdException>(async () =>
            {
                await foreach (var item in client.ListCallerIdsAsync(new CallerIdQuery(), null, None)) seen.Add(item.PhoneNumber);
            });

            Assert.Contains("offset 20 repeated +15550000001", error.Message, StringComparison.Ordinal);
            Assert.Equal(20, seen.Distinct().Count());
            Assert.Equal(20, seen.Count);
            Assert.Equal(1 + 2, server.Requests.Count); // connect's probe, then two pages
        }

        [Fact]
        public async Task An_Apple_server_that_issues_a_new_cursor_for_the_same_page_stops_after_one_page()
        {
            const string Org = "9467895078742654934", Brand = "9467895078742654921";
            var cursor = 0;
            await using var server = RawResponder.Start(r =>
            {
                if (r.Path == AppleClient.TokenPath) return Reply.Json(200, "{\"access_token\":\"tok-0123456789abcdef\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
                var items = Enumerable.Range(1, 5).Select(i =>
                    $"{{\"orgId\":\"{Org}\",\"brandId\":\"{Brand}\",\"id\":\"10{i}\",\"state\":\"PUBLISHED\",\"etag\":\"e{i}\",\"callerIdDetails\":{{\"phoneNumber\":\"+1800555000{i}\",\"department\":\"department.general\"}}}}");
                var after = "c" + Interlocked.Increment(ref cursor);
                return Reply.Json(200, $"{{\"data\":[{string.Join(",", items)}],\"pagination\":{{\"cursors\":{{\"after\":\"{after}\"}},\"next\":\"/x?after={after}\"}},\"total\":2195}}");
            });
            using var connection = await ConnectionFactory.ConnectAsync(
                new ConnectionRequest("A", ProviderKind.AppleBusiness)
                {
                    Credential = new ClientCredential("client-1", Secret.FromPlainText("apple-secret-0123456789")),
                    Settings = { ["OrganizationId"] = Org, ["BrandId"] = Brand },
                    BaseUri = server.BaseUri,
                    Retry = TwoChatLoopback.FastRetries(),
                },
                None);
            var client = connection.ClientAs<AppleClient>();
            var seen = new List<string>();

            var error = await Assert.ThrowsAsync<CallerIdException>(async () =>
            {
                await foreach (var item in client.ListCallerIdsAsync(new CallerIdQuery(), null, None)) seen.Add(item.Id);
            });

            Assert.Contains("repeated 101", error.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { "101", "102", "103", "104", "105" }, seen);
        }
    }
}

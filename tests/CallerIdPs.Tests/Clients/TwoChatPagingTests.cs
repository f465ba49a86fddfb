using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Providers.TwoChat;
using CallerIdPs.Sandbox.Framework;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Tests.Clients
{
    public class TwoChatPagingTests
    {
        [Fact]
        public async Task AllCallerIdsArriveOnceInOrderAcrossSevenPages()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var total = loopback.Emulator.CallerIdTotal;
            var before = loopback.Emulator.RequestCount;

            var items = await ClientAssert.ToListAsync(loopback.Client.ListCallerIdsAsync(CancellationToken.None));

            Assert.Equal(1257, total);
            Assert.Equal(total, items.Count);
            Assert.Equal(total, items.Select(i => i.Id).Distinct().Count());
            Assert.Equal(7, loopback.Emulator.RequestCount - before); // 6 full pages of 200, then 57: short page, stop
            Assert.Equal(await AllIdsInOneGoAsync(loopback.Emulator.Options.Seed, total), items.Select(i => i.Id).ToArray());
        }

        [Fact]
        public async Task PagesAreAskedForFromZeroWithThePageSizeSentExplicitly()
        {
            await using var loopback = await TwoChatLoopback.StartAsync(o => o.CallerIdCount = 450);
            var log = new RecordingLog();

            using (Http.RequestLogScope.Begin(log))
            {
                await ClientAssert.ToListAsync(loopback.Client.ListCallerIdsAsync(CancellationToken.None));
            }

            var asked = log.Lines.Where(l => l.StartsWith("2Chat: GET ", System.StringComparison.Ordinal))
                .Select(l => l.Substring(l.IndexOf("/open/", System.StringComparison.Ordinal)))
                .ToArray();
            Assert.Equal(
                new[] { 0, 1, 2 }.Select(p => $"/open/voip/caller-ids?page_number={p}&results_per_page={TwoChatClient.PageSize}"),
                asked);
        }

        [Fact]
        public async Task ExactlyTwoFullPagesEndOnTheEmptyThirdPage()
        {
            await using var loopback = await TwoChatLoopback.StartAsync(o => o.CallerIdCount = 400);
            var before = loopback.Emulator.RequestCount;

            var items = await ClientAssert.ToListAsync(loopback.Client.ListCallerIdsAsync(CancellationToken.None));

            Assert.Equal(400, loopback.Emulator.CallerIdTotal);
            Assert.Equal(400, items.Count);
            Assert.Equal(400, items.Select(i => i.Id).Distinct().Count());
            Assert.Equal(3, loopback.Emulator.RequestCount - before); // pages 0 and 1 full, page 2 empty
        }

        [Fact]
        public async Task AShortFirstPageIsTheOnlyRequest()
        {
            await using var loopback = await TwoChatLoopback.StartAsync(o => o.CallerIdCount = 10);
            var before = loopback.Emulator.RequestCount;

            var items = await ClientAssert.ToListAsync(loopback.Client.ListCallerIdsAsync(CancellationToken.None));

            Assert.Equal(10, items.Count);
            Assert.Equal(1, loopback.Emulator.RequestCount - before);
        }

        [Fact]
        public async Task AProviderThatCapsThePageBelowWhatWasAskedIsStillListedInFull()
        {
            await using var loopback = await TwoChatLoopback.StartAsync(o => o.MaxResultsPerPage = 50);

            var items = await ClientAssert.ToListAsync(loopback.Client.ListCallerIdsAsync(CancellationToken.None));

            Assert.Equal(loopback.Emulator.CallerIdTotal, items.Count);
            Assert.Equal(items.Count, System.Linq.Enumerable.Count(System.Linq.Enumerable.Distinct(System.Linq.Enumerable.Select(items, i => i.Id))));
        }

        [Fact]
        public async Task VirtualNumbersArePagedTheSameWay()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var owned = loopback.Emulator.OwnedNumbers();

            var items = await ClientAssert.ToListAsync(loopback.Client.ListVirtualNumbersAsync(CancellationToken.None));

            Assert.Equal(owned.Select(o => o.Id), items.Select(i => i.Id));
            Assert.Equal(owned.Select(o => o.PhoneNumber), items.Select(i => i.PhoneNumber));
        }

        /// <summary>The same seeded account read in one oversized page through the in-process transport: the order to expect.</summary>
        private static async Task<string[]> AllIdsInOneGoAsync(int seed, int total)
        {
            var twin = new TwoChatEmulator(new TwoChatEmulatorOptions { Seed = seed, MaxResultsPerPage = total, RequestsPerMinute = 10000 });
            using var http = new HttpClient(new SandboxHttpHandler(twin));
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://sandbox.invalid/open/voip/caller-ids?page_number=0&results_per_page={total}");
            request.Headers.Add("X-User-API-Key", twin.Options.ApiKey);
            using var response = await http.SendAsync(request);
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return document.RootElement.GetProperty("caller_ids").EnumerateArray().Select(e => e.GetProperty("uuid").GetString()!).ToArray();
        }
    }
}

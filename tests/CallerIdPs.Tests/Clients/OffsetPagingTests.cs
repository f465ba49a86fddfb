using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Providers;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>The paging loop every offset-paged client shares, driven by scripted pages.</summary>
    public class OffsetPagingTests
    {
        [Fact]
        public async Task APageThatRepeatsThePreviousOneStopsTheListInsteadOfLoopingForever()
        {
            var asked = new List<int>();
            var items = OffsetPaging.Stream(
                2,
                (page, ct) => { asked.Add(page); return Task.FromResult(new OffsetPage<string>(new[] { "a", "b" }, 100)); },
                s => s,
                "2Chat",
                CancellationToken.None);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => ClientAssert.ToListAsync(items));

            Assert.Equal(CallerIdErrorKind.ProviderError, error.Kind);
            Assert.Equal("2Chat", error.Provider);
            Assert.Equal(new[] { 0, 1 }, asked);
        }

        [Fact]
        public async Task TheTotalAloneNeverStopsTheList()
        {
            // count says 3, but full pages keep coming: trust the pages (the spec: never stop on count alone).
            var pages = new[] { new[] { "a", "b" }, new[] { "c", "d" }, new[] { "e" } };
            var items = OffsetPaging.Stream(
                2,
                (page, ct) => Task.FromResult(new OffsetPage<string>(pages[page], 3)),
                s => s,
                "2Chat",
                CancellationToken.None);

            Assert.Equal(new[] { "a", "b", "c", "d", "e" }, await ClientAssert.ToListAsync(items));
        }

        [Fact]
        public async Task NothingIsFetchedBeforeTheFirstItemIsAskedFor()
        {
            var fetched = 0;
            var items = OffsetPaging.Stream(
                2,
                (page, ct) => { fetched++; return Task.FromResult(new OffsetPage<string>(page == 0 ? new[] { "a", "b" } : new string[0], null)); },
                s => s,
                "2Chat",
                CancellationToken.None);
            Assert.Equal(0, fetched);

            await using var cursor = items.GetAsyncEnumerator();
            Assert.True(await cursor.MoveNextAsync());

            Assert.Equal(1, fetched);
            Assert.Equal("a", cursor.Current);
            Assert.True(await cursor.MoveNextAsync());
            Assert.Equal("b", cursor.Current);
            Assert.Equal(1, fetched); // the second item came from the page already read
        }
    }
}

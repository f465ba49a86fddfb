using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Providers;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>The one paging engine every listing shares, driven by scripted pages in each of its three styles.</summary>
    public class PagedListingTests
    {
        private static IAsyncEnumerable<string> Stream(PageStyle style, Func<PagePosition, Page<string>> page, List<PagePosition>? asked = null) =>
            PagedListing.Stream(
                style,
                (position, ct) =>
                {
                    asked?.Add(position);
                    return Task.FromResult(page(position));
                },
                s => s,
                "2Chat",
                "caller IDs",
                CancellationToken.None);

        private static Page<string> Of(long? total, params string[] items) => new Page<string>(items, total);

        [Fact]
        public async Task APageThatRepeatsThePreviousOneStopsTheListInsteadOfLoopingForever()
        {
            var asked = new List<PagePosition>();
            var items = Stream(PageStyle.PageNumber(2), _ => Of(100, "a", "b"), asked);

            var seen = new List<string>();
            var error = await Assert.ThrowsAsync<CallerIdException>(async () => { await foreach (var i in items) seen.Add(i); });

            Assert.Equal(CallerIdErrorKind.ProviderError, error.Kind);
            Assert.Equal("2Chat", error.Provider);
            Assert.Contains("page 1 repeated a, already listed at page 0", error.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { 0, 1 }, asked.Select(p => p.Index));
            Assert.Equal(new[] { "a", "b" }, seen);
        }

        // Issue 13 changes this: the total alone still never ends a listing early, but more items than it is a broken listing.
        [Fact]
        public async Task TheTotalAloneNeverStopsTheList()
        {
            var pages = new[] { new[] { "a", "b" }, new[] { "c", "d" }, new string[0] };
            var asked = new List<PagePosition>();
            var items = Stream(PageStyle.PageNumber(2), p => Of(4, pages[p.Index]), asked);

            Assert.Equal(new[] { "a", "b", "c", "d" }, await ClientAssert.ToListAsync(items));
            Assert.Equal(3, asked.Count); // the empty page ends it, not the count
        }

        [Fact]
        public async Task TheFirstPagesStatedTotalIsHeardOnceBeforeItsItems()
        {
            var pages = new[] { new[] { "a", "b" }, new[] { "c" } };
            var heard = new List<string>();
            var items = PagedListing.Stream(
                PageStyle.PageNumber(2),
                (position, ct) => Task.FromResult(Of(position.Index == 0 ? 3 : 99, pages[position.Index])),
                s => s,
                "2Chat",
                "caller IDs",
                CancellationToken.None,
                total => heard.Add("total " + total));

            await foreach (var item in items) heard.Add(item);

            Assert.Equal(new[] { "total 3", "a", "b", "c" }, heard);
        }

        [Fact]
        public async Task MoreItemsThanTheStatedTotalStopTheListBeforeTheExtraOne()
        {
            var pages = new[] { new[] { "a", "b" }, new[] { "c", "d" }, new[] { "e" } };
            var seen = new List<string>();
            var items = Stream(PageStyle.PageNumber(2), p => Of(3, pages[p.Index]));

            var error = await Assert.ThrowsAsync<CallerIdException>(async () => { await foreach (var i in items) seen.Add(i); });

            Assert.Contains("went past the 3 caller IDs it said there are", error.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { "a", "b", "c" }, seen);
        }

        [Fact]
        public async Task AnOffsetIgnoredByTheServerIsCaughtOnTheFirstRepeatedId()
        {
            // Plivo's `next` pointing at itself: every page is the first 20 again.
            var first = Enumerable.Range(1, 20).Select(i => "+1555000" + i.ToString("0000")).ToArray();
            var asked = new List<PagePosition>();
            var seen = new List<string>();
            var items = Stream(PageStyle.Offset(), _ => new Page<string>(first, 500, hasNext: true), asked);

            var error = await Assert.ThrowsAsync<CallerIdException>(async () => { await foreach (var i in items) seen.Add(i); });

            Assert.Equal(20, seen.Count);
            Assert.Equal(new[] { 0, 20 }, asked.Select(p => p.Offset));
            Assert.Contains("offset 20 repeated", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task ACursorThatComesBackIsACycle()
        {
            var pages = new Dictionary<string, Page<string>>
            {
                [""] = new Page<string>(new[] { "a" }, null, nextCursor: "X"),
                ["X"] = new Page<string>(new[] { "b" }, null, nextCursor: "Y"),
                ["Y"] = new Page<string>(new[] { "c" }, null, nextCursor: "X"),
            };
            var seen = new List<string>();
            var items = Stream(PageStyle.Cursor(), p => pages[p.Cursor ?? ""]);

            var error = await Assert.ThrowsAsync<CallerIdException>(async () => { await foreach (var i in items) seen.Add(i); });

            Assert.Equal(new[] { "a", "b", "c" }, seen);
            Assert.Contains("pointed back to cursor 'X'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task ANewCursorForTheSameItemsIsCaughtByTheIds()
        {
            var issued = 0;
            var seen = new List<string>();
            var items = Stream(PageStyle.Cursor(), _ => new Page<string>(new[] { "a", "b", "c", "d", "e" }, null, nextCursor: "c" + ++issued));

            var error = await Assert.ThrowsAsync<CallerIdException>(async () => { await foreach (var i in items) seen.Add(i); });

            Assert.Equal(new[] { "a", "b", "c", "d", "e" }, seen);
            Assert.Equal(2, issued);
        }

        [Fact]
        public async Task OverlappingPagesNeverEmitAnItemTwice()
        {
            var seen = new List<string>();
            var items = Stream(PageStyle.PageNumber(4), p => Of(1257, Enumerable.Range(p.Index * 3, 4).Select(i => "id" + i).ToArray()));

            await Assert.ThrowsAsync<CallerIdException>(async () => { await foreach (var i in items) seen.Add(i); });

            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.Equal(new[] { "id0", "id1", "id2", "id3" }, seen);
        }

        [Fact]
        public async Task NothingIsFetchedBeforeTheFirstItemIsAskedFor()
        {
            var fetched = 0;
            var items = Stream(PageStyle.PageNumber(2), p => { fetched++; return Of(null, p.Index == 0 ? new[] { "a", "b" } : new string[0]); });
            Assert.Equal(0, fetched);

            await using var cursor = items.GetAsyncEnumerator();
            Assert.True(await cursor.MoveNextAsync());

            Assert.Equal(1, fetched);
            Assert.Equal("a", cursor.Current);
            Assert.True(await cursor.MoveNextAsync());
            Assert.Equal("b", cursor.Current);
            Assert.Equal(1, fetched); // the second item came from the page already read
        }

        [Fact]
        public async Task TheNextPageWaitsUntilTheConsumerHasTakenThePreviousOne()
        {
            var fetched = 0;
            var consumer = new GatedConsumer();
            var items = Stream(PageStyle.PageNumber(2), p => { fetched++; return Of(null, p.Index == 0 ? new[] { "a", "b" } : new string[0]); });
            using (ListingConsumerScope.Begin(consumer))
            {
                await using var cursor = items.GetAsyncEnumerator();
                Assert.True(await cursor.MoveNextAsync());
                Assert.True(await cursor.MoveNextAsync());
                var third = cursor.MoveNextAsync().AsTask();
                await Task.Delay(100);

                Assert.False(third.IsCompleted);
                Assert.Equal(1, fetched);
                consumer.CatchUp();
                Assert.False(await third);
                Assert.Equal(2, fetched);
            }
        }

        private sealed class GatedConsumer : IListingConsumer
        {
            private readonly TaskCompletionSource<bool> _caughtUp = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            public void CatchUp() => _caughtUp.SetResult(true);

            public Task WhenCaughtUpAsync(CancellationToken cancellationToken) => _caughtUp.Task;

            public IDisposable HandingOverPage() => new NoHold();

            private sealed class NoHold : IDisposable
            {
                public void Dispose()
                {
                }
            }
        }
    }
}

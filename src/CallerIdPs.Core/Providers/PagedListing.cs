using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;

namespace CallerIdPs.Providers
{
    /// <summary>
    /// The one paging engine every provider listing runs on. Streams page by page: the first item is out after the first
    /// page, a page is asked for only once the consumer wants an item past the previous one (no prefetch), and nothing
    /// past the page being read is held but the ids already seen.
    /// Loop guards, for servers whose paging is broken (a `next` that points at itself, a new cursor for the same items,
    /// overlapping pages): a position asked for twice (a cycling cursor), an id seen before, or more items than the
    /// provider's stated total each stop the listing with a CallerIdException that says what was seen, before any
    /// duplicate is emitted. The seen-id set grows with the listing (tens of bytes per id: ~100 KB for 1,257 caller IDs);
    /// it is the price of never emitting an item twice.
    /// </summary>
    internal static class PagedListing
    {
        public static async IAsyncEnumerable<T> Stream<T>(
            PageStyle style,
            Func<PagePosition, CancellationToken, Task<Page<T>>> fetchPage,
            Func<T, string> idOf,
            string providerName,
            string what,
            [EnumeratorCancellation] CancellationToken cancellationToken,
            Action<long>? statedTotalHeard = null)
        {
            var askedFor = new HashSet<string>(StringComparer.Ordinal);
            Dictionary<string, string>? seen = null; // id → where it was first listed (one shared string per page)
            long? statedTotal = null;
            long received = 0;
            for (var position = PagePosition.First; position != null;)
            {
                var where = style.Describe(position);
                if (!askedFor.Add(where))
                {
                    throw Broken(providerName, what, received, $"it pointed back to {where}, which was already listed (a cycle)");
                }

                if (position.Index > 0)
                {
                    var consumer = ListingConsumerScope.Current;
                    if (consumer != null)
                    {
                        await consumer.WhenCaughtUpAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                cancellationToken.ThrowIfCancellationRequested();
                var page = await fetchPage(position, cancellationToken).ConfigureAwait(false);
                if (position.Index == 0 && page.Total.HasValue) statedTotalHeard?.Invoke(page.Total.Value);
                statedTotal = statedTotal ?? page.Total;
                seen = seen ?? new Dictionary<string, string>(SeenCapacity(statedTotal), StringComparer.Ordinal);
                // One hand-over per page: the consumer is woken when the page is out, not for every item.
                using (ListingConsumerScope.Current?.HandingOverPage())
                {
                    foreach (var item in page.Items)
                    {
                        var id = idOf(item);
                        if (id.Length > 0)
                        {
                            if (seen.TryGetValue(id, out var firstListed))
                            {
                                throw Broken(providerName, what, received, $"{where} repeated {Shorten(id)}, already listed at {firstListed}");
                            }

                            seen.Add(id, where);
                        }

                        received++;
                        if (received > statedTotal)
                        {
                            throw Broken(providerName, what, received - 1, $"{where} went past the {statedTotal} {what} it said there are");
                        }

                        yield return item;
                    }
                }

                position = style.Next(position, page);
            }
        }

        /// <summary>Sized once from the stated total (no regrowth through a long listing), within reason if the total is wrong.</summary>
        private static int SeenCapacity(long? statedTotal) => (int)Math.Max(0, Math.Min(statedTotal ?? 0, 50_000));

        private static CallerIdException Broken(string providerName, string what, long received, string seen) =>
            new CallerIdException(
                CallerIdErrorKind.ProviderError,
                string.Format(CultureInfo.InvariantCulture, "{0}'s listing of {1} was stopped after {2} items: {3}. Nothing was listed twice.", providerName, what, received, seen),
                "The provider's paging misbehaved (or the list changed while it was read): run the command again; if it persists, report it to the provider.")
            {
                Provider = providerName,
                Operation = "list " + what,
                IsRetryable = true,
            };

        private static string Shorten(string id) => id.Length > 60 ? id.Substring(0, 60) + "…" : id;
    }
}

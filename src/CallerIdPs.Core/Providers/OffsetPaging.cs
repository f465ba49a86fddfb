using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;

namespace CallerIdPs.Providers
{
    /// <summary>
    /// Streams an offset-paged list one page at a time: the first item is out after the first page, and nothing past
    /// the page being read is held. Stops on a short or empty page, never on the provider's total alone.
    /// </summary>
    internal static class OffsetPaging
    {
        public static async IAsyncEnumerable<T> Stream<T>(
            int pageSize,
            Func<int, CancellationToken, Task<OffsetPage<T>>> fetchPage,
            Func<T, string> key,
            string providerName,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            string? previousFirst = null;
            for (var index = 0; ; index++)
            {
                var page = await fetchPage(index, cancellationToken).ConfigureAwait(false);
                if (page.Items.Count == 0)
                {
                    yield break;
                }

                // A provider that ignores the page number would otherwise have us loop for ever.
                var first = key(page.Items[0]);
                if (index > 0 && first == previousFirst)
                {
                    throw new CallerIdException(
                        CallerIdErrorKind.ProviderError,
                        $"{providerName} returned page {index} with the same items as page {index - 1}; stopped listing to avoid repeating them.")
                    { Provider = providerName };
                }

                previousFirst = first;
                foreach (var item in page.Items)
                {
                    yield return item;
                }

                // A provider that serves fewer than asked on a full first page (2Chat's examples use 50 where its docs
                // say 200) would look finished after one page: its total tells, and its page size becomes ours.
                if (index == 0 && page.Items.Count < pageSize && page.Total.HasValue && page.Total.Value > page.Items.Count)
                {
                    pageSize = page.Items.Count;
                }

                if (page.Items.Count < pageSize)
                {
                    yield break;
                }
            }
        }
    }
}

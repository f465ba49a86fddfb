using System.Collections.Generic;

namespace CallerIdPs.Providers
{
    /// <summary>One page of a provider listing: its items, the provider's stated total when it gives one, and what it
    /// says about the next page (a cursor, or whether there is one).</summary>
    internal sealed class Page<T>
    {
        public Page(IReadOnlyList<T> items, long? total, bool? hasNext = null, string? nextCursor = null)
        {
            Items = items;
            Total = total;
            HasNext = hasNext;
            NextCursor = nextCursor;
        }

        public IReadOnlyList<T> Items { get; }

        public long? Total { get; }

        /// <summary>Offset paging: whether the provider links a next page (Plivo's meta.next).</summary>
        public bool? HasNext { get; }

        /// <summary>Cursor paging: the cursor of the next page (Apple's pagination.cursors.after), or null at the end.</summary>
        public string? NextCursor { get; }
    }
}

using System.Collections.Generic;

namespace CallerIdPs.Providers
{
    /// <summary>One page of an offset-paged list, with the provider's total when it gives one.</summary>
    internal sealed class OffsetPage<T>
    {
        public OffsetPage(IReadOnlyList<T> items, long? total)
        {
            Items = items;
            Total = total;
        }

        public IReadOnlyList<T> Items { get; }

        public long? Total { get; }
    }
}

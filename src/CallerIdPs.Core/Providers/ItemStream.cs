using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Providers
{
    /// <summary>
    /// A provider listing as the cmdlets consume it with <c>await foreach</c>. On netstandard2.0, IAsyncEnumerable lives
    /// in Microsoft.Bcl.AsyncInterfaces, a third-party assembly other modules ship in other versions; this wrapper
    /// keeps that name out of the cmdlet assembly, so the cmdlets bind only to the framework, PowerShell and CallerIdPs
    /// assemblies, and everything else can stay isolated with Core (see CallerIdPs.Loader).
    /// </summary>
    public sealed class ItemStream<T>
    {
        private readonly IAsyncEnumerable<T> _items;
        private readonly CancellationToken _cancellationToken;

        internal ItemStream(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
        {
            _items = items;
            _cancellationToken = cancellationToken;
        }

        public Enumerator GetAsyncEnumerator() => new Enumerator(_items.GetAsyncEnumerator(_cancellationToken));

        public sealed class Enumerator
        {
            private readonly IAsyncEnumerator<T> _inner;

            internal Enumerator(IAsyncEnumerator<T> inner) => _inner = inner;

            public T Current => _inner.Current;

            public ValueTask<bool> MoveNextAsync() => _inner.MoveNextAsync();

            public ValueTask DisposeAsync() => _inner.DisposeAsync();
        }
    }

    /// <summary>The listings of <see cref="ICallerIdSource"/> and <see cref="IVirtualNumberSource"/> as <see cref="ItemStream{T}"/>.</summary>
    public static class ItemStreams
    {
        public static ItemStream<Model.CallerId> StreamCallerIds(this ICallerIdSource source, CallerIdQuery query, System.Action<long>? total, CancellationToken cancellationToken)
            => new ItemStream<Model.CallerId>(source.ListCallerIdsAsync(query, total, cancellationToken), cancellationToken);

        public static ItemStream<Model.VirtualNumber> StreamVirtualNumbers(this IVirtualNumberSource source, CancellationToken cancellationToken)
            => new ItemStream<Model.VirtualNumber>(source.ListVirtualNumbersAsync(cancellationToken), cancellationToken);

        public static ItemStream<Model.AvailableNumber> StreamAvailableNumbers(this IAvailableNumberSource source, NumberSearch search, System.Action<string>? reason, CancellationToken cancellationToken)
            => new ItemStream<Model.AvailableNumber>(source.SearchAsync(search, reason, cancellationToken), cancellationToken);
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Providers
{
    /// <summary>
    /// Whoever consumes listings in the current async flow (the cmdlet pump, which writes items to the pipeline on its own
    /// thread). A listing waits until the consumer has taken every item it was given before it asks the provider for the
    /// next page, so `Select-Object -First 1` never costs a second page (2Chat charges a credit per call).
    /// </summary>
    public interface IListingConsumer
    {
        /// <summary>Completes when every item handed over so far has been taken (written, or dropped by a filter).</summary>
        Task WhenCaughtUpAsync(CancellationToken cancellationToken);

        /// <summary>
        /// A page is being handed over, item by item, from memory: the consumer may take the items it is given while the
        /// returned scope is open all at once when it closes (at the page's end, or when the listing stops early), instead
        /// of being woken for each one. Closing it must hand everything over.
        /// </summary>
        IDisposable HandingOverPage();
    }

    /// <summary>The listing consumer of the current async flow; none means items are taken as they are yielded.</summary>
    public static class ListingConsumerScope
    {
        private static readonly AmbientScope<IListingConsumer> Scope = new AmbientScope<IListingConsumer>();

        public static IListingConsumer? Current => Scope.Current;

        public static IDisposable Begin(IListingConsumer consumer) => Scope.Begin(consumer);
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>A provider that lists caller IDs (2Chat, Apple Business, Plivo).</summary>
    public interface ICallerIdSource
    {
        /// <summary>Null when the source can answer the query; otherwise why not (a filter its caller IDs do not have) and the value refused.</summary>
        FilterRefusal? CannotAnswer(CallerIdQuery query);

        /// <summary>Streams matching caller IDs page by page. <paramref name="total"/> hears the provider's total, when it gives one.</summary>
        IAsyncEnumerable<CallerId> ListCallerIdsAsync(CallerIdQuery query, Action<long>? total, CancellationToken cancellationToken);
    }

    /// <summary>A provider that lists the numbers an account owns (2Chat, IdentityCall).</summary>
    public interface IVirtualNumberSource
    {
        /// <summary>Whether the id has the shape of this provider's virtual number ids, so a lookup by id can pick its provider.</summary>
        bool RecognizesId(string id);

        IAsyncEnumerable<VirtualNumber> ListVirtualNumbersAsync(CancellationToken cancellationToken);

        /// <summary>One number by id, in the most detailed form the provider has.</summary>
        System.Threading.Tasks.Task<VirtualNumber> GetVirtualNumberAsync(string id, CancellationToken cancellationToken);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>2Chat's caller IDs: one paged listing, every filter applied here as pages arrive.</summary>
    public sealed partial class TwoChatClient : ICallerIdSource
    {
        public IAsyncEnumerable<TwoChatCallerId> ListCallerIdsAsync(CancellationToken cancellationToken) => ListCallerIdsAsync(null, cancellationToken);

        private IAsyncEnumerable<TwoChatCallerId> ListCallerIdsAsync(Action<long>? total, CancellationToken cancellationToken) =>
            PagedListing.Stream(
                PageStyle.PageNumber(PageSize),
                async (position, ct) =>
                {
                    var response = await _api.SendAsync(Paged("/open/voip/caller-ids", "list caller IDs", position.Index), ct).ConfigureAwait(false);
                    // The typed one-pass read answers null only for success:false, which ProviderApi has already refused.
                    return response.ParseBody(b => TwoChatParser.CallerIdPage(b, _origin))
                        ?? throw response.Unreadable(new JsonException("The page says success: false."));
                },
                c => c.Id,
                _api.ProviderName,
                "caller IDs",
                cancellationToken,
                total);

        /// <summary>2Chat has no caller-ID filters: every filter is applied here, as pages arrive. An -Id of another
        /// provider's shape is refused rather than looked for through every page (each page costs a credit).</summary>
        FilterRefusal? ICallerIdSource.CannotAnswer(CallerIdQuery query) =>
            query.RefusedFilter(ProviderKind.TwoChat)
            ?? query.RefusedId(ProviderKind.TwoChat, id => id.StartsWith("VCI", StringComparison.OrdinalIgnoreCase), "ids of VCI and a UUID (VCI1bf5e39d-5a9e-…)");

        async IAsyncEnumerable<CallerId> ICallerIdSource.ListCallerIdsAsync(CallerIdQuery query, Action<long>? total, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var item in ListCallerIdsAsync(query.HasAnyFilter ? null : total, cancellationToken).ConfigureAwait(false))
            {
                if (query.MatchesCommon(item)
                    && (query.Types == null || query.Types.Count == 0 || (item.Type.HasValue && query.Types.Contains(item.Type.Value)))
                    && (!query.Verified.HasValue || item.Verified == query.Verified.Value))
                {
                    yield return item;
                }
            }
        }
    }
}

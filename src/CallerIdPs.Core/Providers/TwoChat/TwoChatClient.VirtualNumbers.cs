using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Journal;
using CallerIdPs.Model;
using CallerIdPs.Money;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>The account's virtual numbers: listed, found by id or number (2Chat has no endpoint for one), released.</summary>
    public sealed partial class TwoChatClient : IVirtualNumberSource, IVirtualNumberReleaser
    {
        async IAsyncEnumerable<VirtualNumber> IVirtualNumberSource.ListVirtualNumbersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var item in ListVirtualNumbersAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }

        /// <summary>2Chat's virtual number ids start with DID.</summary>
        public bool RecognizesId(string id) => (id ?? "").Trim().StartsWith("DID", StringComparison.OrdinalIgnoreCase);

        /// <summary>2Chat has no endpoint for one number: the list is searched.</summary>
        async Task<VirtualNumber> IVirtualNumberSource.GetVirtualNumberAsync(string id, CancellationToken cancellationToken)
        {
            var wanted = Guard.Id(id, "Id");
            if (!RecognizesId(wanted))
            {
                throw CallerIdException.InvalidInput(id, $"Id: '{Guard.Shorten(id)}' is not a 2Chat virtual number id (they start with DID).");
            }

            await foreach (var item in ListVirtualNumbersAsync(cancellationToken).ConfigureAwait(false))
            {
                if (string.Equals(item.Id, wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return item;
                }
            }

            throw new CallerIdException(CallerIdErrorKind.NotFound, $"{_api.ProviderName} has no virtual number {wanted} on this account.", "Get-VirtualNumber lists the numbers the account owns.")
            {
                Provider = _api.ProviderName,
                OffendingValue = id,
            };
        }

        public IAsyncEnumerable<TwoChatVirtualNumber> ListVirtualNumbersAsync(CancellationToken cancellationToken) =>
            PagedListing.Stream(
                PageStyle.PageNumber(PageSize),
                async (position, ct) =>
                {
                    var response = await _api.SendAsync(Paged("/open/voip/virtual-numbers", "list virtual numbers", position.Index), ct).ConfigureAwait(false);
                    return Parse(response, d => TwoChatParser.VirtualNumberPage(d, _origin));
                },
                n => n.Id,
                _api.ProviderName,
                "virtual numbers",
                cancellationToken);

        /// <summary>The account's virtual number with this phone number, however spelled (the latest it holds), or null.</summary>
        internal async Task<TwoChatVirtualNumber?> FindOwnedNumberAsync(string number, CancellationToken cancellationToken)
        {
            TwoChatVirtualNumber? found = null;
            await foreach (var item in ListVirtualNumbersAsync(cancellationToken).ConfigureAwait(false))
            {
                if (PhoneNumberMatch.Same(item.PhoneNumber, number) && item.HeldByAccount) found = item;
            }

            return found;
        }

        string IVirtualNumberReleaser.ReleaseConsequence(VirtualNumber number) => "The number cannot be bought back.";

        Task IVirtualNumberReleaser.ReleaseVirtualNumberAsync(VirtualNumber number, CancellationToken cancellationToken) =>
            ReleaseVirtualNumberAsync(number.Id, cancellationToken);

        /// <summary>Releases a number; 2Chat marks it PENDING_CANCELLATION.</summary>
        public async Task ReleaseVirtualNumberAsync(string virtualNumberId, CancellationToken cancellationToken)
        {
            var id = Guard.Id(virtualNumberId, "Id");
            if (!id.StartsWith("DID", StringComparison.Ordinal))
            {
                throw CallerIdException.InvalidInput(virtualNumberId, $"Id: '{Guard.Shorten(virtualNumberId)}' is not a 2Chat virtual number id (they start with DID).");
            }

            // Sent once, like every request that spends or deletes: a second DELETE after a lost answer would only be refused.
            var request = ApiRequest.Delete(ApiPath.Format("/open/voip/virtual-numbers/{0}", id), $"release virtual number {id}")
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NotFound, "Get-VirtualNumber lists the numbers the account owns.")
                .OnStatus(422, CallerIdErrorKind.Conflict, "The number is already being released, or the id is not a virtual number.");
            var what = new UnsafeRequest(JournalOperation.Release, id, $"Get-VirtualNumber -Connection {_origin.ConnectionName} -Id {id}");
            await _origin.Unsafe.SendAsync(
                what,
                ct => _api.SendAsync(request, ct),
                async ct =>
                {
                    await foreach (var item in ListVirtualNumbersAsync(ct).ConfigureAwait(false))
                    {
                        if (string.Equals(item.Id, id, StringComparison.OrdinalIgnoreCase) && item.HeldByAccount) return false;
                    }

                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
    }
}

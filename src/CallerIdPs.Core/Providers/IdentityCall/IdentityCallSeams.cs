using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.IdentityCall
{
    /// <summary>IdentityCall behind the provider-neutral seams Get-AvailableNumber and Set-VirtualNumber call (its seller is in IdentityCallClient).</summary>
    public sealed partial class IdentityCallClient : IAvailableNumberSource, IVirtualNumberEditor
    {
        FilterRefusal? IAvailableNumberSource.CannotAnswer(NumberSearch search)
        {
            var extra = search.ExtraFilters().ToList();
            if (extra.Count > 0)
            {
                return new FilterRefusal($"IdentityCall searches by country and type only; it has no {string.Join(", ", extra)}.", search.ValueOf(extra[0]));
            }

            return search.Type.HasValue && !SoldTypes.ContainsKey(search.Type.Value)
                ? new FilterRefusal($"IdentityCall sells {string.Join(", ", SoldTypes.Values)} numbers, not {search.Type.Value}.", search.Type.Value)
                : null;
        }

        async IAsyncEnumerable<AvailableNumber> IAvailableNumberSource.SearchAsync(NumberSearch search, Action<string>? reason, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var number in await ListAvailableNumbersAsync(search.Country, search.Type, cancellationToken).ConfigureAwait(false))
            {
                yield return number;
            }
        }

        FilterRefusal? IVirtualNumberEditor.CannotChange(VirtualNumberChanges changes) =>
            ConnectionFactory.VirtualNumberChanges.Refusal(ProviderKind.IdentityCall, changes, ConnectionFactory.VirtualNumberChanges.NamingLacked);

        void IVirtualNumberEditor.CheckChange(string id, VirtualNumberChanges changes) => CheckChange(id, changes);

        async Task<VirtualNumber> IVirtualNumberEditor.UpdateVirtualNumberAsync(string id, VirtualNumberChanges changes, CancellationToken cancellationToken) =>
            await UpdateVirtualNumberAsync(id, changes, cancellationToken).ConfigureAwait(false);
    }
}

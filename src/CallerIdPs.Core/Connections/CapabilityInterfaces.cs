using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Money;
using CallerIdPs.Providers;

namespace CallerIdPs.Connections
{
    /// <summary>
    /// The one place that says which <see cref="ProviderCapability"/> flags a capability interface grants. A provider's
    /// flags are those of the interfaces its client implements, so connection selection and "not supported by this
    /// provider" errors follow what the client can answer.
    /// </summary>
    internal static class CapabilityInterfaces
    {
        public static IReadOnlyList<(Type Interface, ProviderCapability Grants)> Table { get; } = new[]
        {
            (typeof(ICallerIdSource), ProviderCapability.ListCallerIds),
            (typeof(ICallerIdEditor), ProviderCapability.ManageCallerIds),
            (typeof(ICallerIdCreator), ProviderCapability.ManageCallerIds | ProviderCapability.BrandedCallerIds),
            (typeof(ICallerIdVerifier), ProviderCapability.VerifyCallerIds),
            (typeof(IVirtualNumberSource), ProviderCapability.ListVirtualNumbers),
            (typeof(IVirtualNumberEditor), ProviderCapability.ManageVirtualNumbers),
            (typeof(IVirtualNumberReleaser), ProviderCapability.ReleaseVirtualNumbers),
            // The catalog lists a group's numbers for sale (Get-AvailableNumber -GroupId) as well as the catalog itself.
            (typeof(INumberCatalog), ProviderCapability.NumberCatalog | ProviderCapability.ListAvailableNumbers),
            (typeof(IAvailableNumberSource), ProviderCapability.ListAvailableNumbers),
            (typeof(INumberSeller), ProviderCapability.PurchaseNumbers),
            (typeof(INumberReservations), ProviderCapability.ReserveNumbers),
        };

        /// <summary>The flags granted by the capability interfaces <paramref name="clientType"/> implements.</summary>
        public static ProviderCapability Of(Type clientType) =>
            Table.Where(row => row.Interface.IsAssignableFrom(clientType))
                .Aggregate(ProviderCapability.None, (flags, row) => flags | row.Grants);
    }
}

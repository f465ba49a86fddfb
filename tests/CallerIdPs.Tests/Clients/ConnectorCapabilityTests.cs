using System;
using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.AppleBusiness;
using CallerIdPs.Providers.IdentityCall;
using CallerIdPs.Providers.Plivo;
using CallerIdPs.Providers.TwoChat;
using Xunit;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>A provider's capability flags come from the capability interfaces its client implements.</summary>
    public class ConnectorCapabilityTests
    {
        // The flags each connector listed by hand before they were derived: selection and errors must not change.
        public static TheoryData<ProviderKind, ProviderCapability> HandWrittenFlags => new TheoryData<ProviderKind, ProviderCapability>
        {
            {
                ProviderKind.TwoChat,
                ProviderCapability.ListCallerIds | ProviderCapability.ListVirtualNumbers | ProviderCapability.ReleaseVirtualNumbers
                | ProviderCapability.NumberCatalog | ProviderCapability.ListAvailableNumbers | ProviderCapability.ReserveNumbers
                | ProviderCapability.PurchaseNumbers
            },
            {
                ProviderKind.Plivo,
                ProviderCapability.ListCallerIds | ProviderCapability.ManageCallerIds | ProviderCapability.VerifyCallerIds
                | ProviderCapability.ListAvailableNumbers | ProviderCapability.PurchaseNumbers
                | ProviderCapability.ListVirtualNumbers | ProviderCapability.ManageVirtualNumbers | ProviderCapability.ReleaseVirtualNumbers
            },
            { ProviderKind.AppleBusiness, ProviderCapability.ListCallerIds | ProviderCapability.ManageCallerIds | ProviderCapability.BrandedCallerIds },
            {
                ProviderKind.IdentityCall,
                ProviderCapability.ListVirtualNumbers | ProviderCapability.ManageVirtualNumbers
                | ProviderCapability.ListAvailableNumbers | ProviderCapability.PurchaseNumbers
            },
        };

        [Theory]
        [MemberData(nameof(HandWrittenFlags))]
        public void Derived_flags_equal_the_ones_each_connector_listed_by_hand(ProviderKind provider, ProviderCapability expected)
        {
            Assert.Equal(expected, ConnectionFactory.CapabilitiesOf(provider));
        }

        [Theory]
        [InlineData(typeof(TwoChatClient))]
        [InlineData(typeof(PlivoClient))]
        [InlineData(typeof(AppleClient))]
        [InlineData(typeof(IdentityCallClient))]
        public void Every_capability_interface_a_client_implements_grants_a_flag(Type client)
        {
            var capabilityInterfaces = client.GetInterfaces().Where(i => i.Namespace == typeof(ICallerIdSource).Namespace || i == typeof(CallerIdPs.Money.INumberSeller));
            var unmapped = capabilityInterfaces.Where(i => CapabilityInterfaces.Table.All(row => row.Interface != i)).Select(i => i.Name);
            // IOwnedNumberLookup serves other capabilities (settling a purchase) and grants none of its own.
            Assert.Equal(new[] { nameof(IOwnedNumberLookup) }.Intersect(unmapped), unmapped);
        }

        [Fact]
        public void A_provider_the_module_does_not_drive_can_do_nothing()
        {
            Assert.Equal(ProviderCapability.None, CapabilityInterfaces.Of(typeof(object)));
        }
    }
}

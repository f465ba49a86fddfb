using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Model;
using CallerIdPs.Money;
using CallerIdPs.Providers;
using Xunit;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>
    /// Set-VirtualNumber's and Invoke-NumberPurchase's refusals name the providers whose numbers do take a change, from what
    /// the providers declare: made-up declarations (2Chat numbers with names and recording) give the messages they imply.
    /// </summary>
    public class VirtualNumberChangeRulesTests
    {
        private static readonly VirtualNumberChangeRules MadeUp = new VirtualNumberChangeRules(new[]
        {
            (ProviderKind.TwoChat, VirtualNumberField.Name | VirtualNumberField.Recording),
            (ProviderKind.Plivo, VirtualNumberField.Name | VirtualNumberField.Active),
            (ProviderKind.IdentityCall, VirtualNumberField.ApplicationId),
        });

        [Fact]
        public void Refusals_follow_made_up_declarations()
        {
            Assert.Equal(
                "Plivo numbers have no -Recording, -ApplicationId (those are 2Chat and IdentityCall's); Plivo changes -Name and -Active.",
                MadeUp.ListingGiven(ProviderKind.Plivo, new VirtualNumberChanges { Name = "n", Recording = true, ApplicationId = "1" }));
            Assert.Null(MadeUp.ListingGiven(ProviderKind.Plivo, new VirtualNumberChanges { Name = "n", Active = true }));
            Assert.Equal(
                "IdentityCall numbers have no name, active or recording (-Name, -Active and -Recording are 2Chat and Plivo's).",
                MadeUp.NamingLacked(ProviderKind.IdentityCall, new VirtualNumberChanges { Active = false }));
            Assert.Null(MadeUp.NamingLacked(ProviderKind.IdentityCall, new VirtualNumberChanges { ApplicationId = "1" }));
            Assert.Equal(
                "-Name names 2Chat and Plivo numbers; IdentityCall does not name a number when it is bought.",
                MadeUp.NotNamedWhenBought("IdentityCall", new[] { ProviderKind.TwoChat, ProviderKind.Plivo, ProviderKind.IdentityCall }));
            Assert.Equal(
                "-Name names Plivo numbers; IdentityCall does not name a number when it is bought.",
                MadeUp.NotNamedWhenBought("IdentityCall", new[] { ProviderKind.Plivo }));
        }

        [Fact]
        public void The_module_s_declarations_give_the_messages_the_providers_always_gave()
        {
            var rules = ConnectionFactory.VirtualNumberChanges;

            Assert.Equal(
                "Plivo numbers have no -Active, -RoutingStrategy (those are IdentityCall's); Plivo changes -Name, -Subaccount and -ApplicationId.",
                rules.ListingGiven(ProviderKind.Plivo, new VirtualNumberChanges { Name = "n", Active = true, RoutingStrategy = RoutingStrategy.Priority }));
            Assert.Null(rules.ListingGiven(ProviderKind.Plivo, new VirtualNumberChanges { Name = "n", Subaccount = "SA", ApplicationId = "1" }));
            Assert.Equal(
                "IdentityCall numbers have no subaccount or application (-Subaccount and -ApplicationId are Plivo's).",
                rules.NamingLacked(ProviderKind.IdentityCall, new VirtualNumberChanges { ApplicationId = "1" }));
            Assert.Null(rules.NamingLacked(ProviderKind.IdentityCall, new VirtualNumberChanges { Name = "n", Active = true, Recording = false, RoutingStrategy = RoutingStrategy.Priority }));
            Assert.Equal(
                "-Name names IdentityCall and Plivo numbers; 2Chat does not name a number when it is bought.",
                rules.NotNamedWhenBought("2Chat", ConnectionFactory.ProvidersImplementing<INumberSeller>()));
        }

        [Fact]
        public void Every_number_editor_declares_the_changes_its_numbers_take()
        {
            var editors = ConnectionFactory.ProvidersImplementing<IVirtualNumberEditor>();
            var declaring = new[] { ProviderKind.TwoChat, ProviderKind.AppleBusiness, ProviderKind.Plivo, ProviderKind.IdentityCall }
                .Where(p => ConnectionFactory.VirtualNumberChanges.ProvidersWith(VirtualNumberField.Name).Contains(p));
            Assert.Equal(editors.OrderBy(p => p), declaring.OrderBy(p => p));
        }
    }
}

using CallerIdPs.Model;
using CallerIdPs.Providers;
using Xunit;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>-State and -Department are refused for providers that do not declare them, naming the providers that do.</summary>
    public sealed class CallerIdFilterTests
    {
        private static readonly (ProviderKind, CallerIdFilter)[] MadeUp =
        {
            (ProviderKind.TwoChat, CallerIdFilter.Department),
            (ProviderKind.IdentityCall, CallerIdFilter.State | CallerIdFilter.Department),
            (ProviderKind.Plivo, CallerIdFilter.None),
        };

        [Fact]
        public void A_filter_is_refused_for_a_provider_that_does_not_declare_it_and_names_those_that_do()
        {
            var byState = new CallerIdQuery { States = new[] { nameof(AppleCallerIdState.Published) } };
            var byDepartment = new CallerIdQuery { Department = "sales" };

            Assert.Equal("2Chat caller IDs have no review state (-State is IdentityCall's).", byState.RefusedFilter(ProviderKind.TwoChat, CallerIdFilter.All, MadeUp)?.Reason);
            Assert.Equal("Plivo caller IDs have no department (-Department is 2Chat or IdentityCall's).", byDepartment.RefusedFilter(ProviderKind.Plivo, CallerIdFilter.All, MadeUp)?.Reason);
            Assert.Null(byDepartment.RefusedFilter(ProviderKind.TwoChat, CallerIdFilter.All, MadeUp));
            Assert.Null(byState.RefusedFilter(ProviderKind.IdentityCall, CallerIdFilter.All, MadeUp));
            Assert.Null(new CallerIdQuery().RefusedFilter(ProviderKind.Plivo, CallerIdFilter.All, MadeUp));
        }

        [Fact]
        public void The_registered_providers_declare_State_and_Department_for_Apple_Business_only()
        {
            var both = new CallerIdQuery { States = new[] { nameof(AppleCallerIdState.Rejected) }, Department = "sales" };

            Assert.Equal("2Chat caller IDs have no review state (-State is Apple Business's).", both.RefusedFilter(ProviderKind.TwoChat)?.Reason);
            Assert.Equal("Plivo caller IDs have no department (-Department is Apple Business's).", new CallerIdQuery { Department = "sales" }.RefusedFilter(ProviderKind.Plivo)?.Reason);
            Assert.Null(both.RefusedFilter(ProviderKind.AppleBusiness));
            Assert.Equal("2Chat has no subaccounts (-Subaccount is Plivo's).", new CallerIdQuery { Subaccount = "MAXXXXXXXXXXXXXXXXXX" }.RefusedFilter(ProviderKind.TwoChat)?.Reason);
            Assert.Equal("Plivo caller IDs have no type (VN, WW, WA and CI are 2Chat's).", new CallerIdQuery { Types = new[] { CallerIdType.VN } }.RefusedFilter(ProviderKind.Plivo)?.Reason);
        }

        [Fact]
        public void Only_the_filters_asked_about_are_checked_so_a_provider_keeps_its_own_order()
        {
            var query = new CallerIdQuery { Types = new[] { CallerIdType.CI }, Department = "sales" };

            Assert.Null(query.RefusedFilter(ProviderKind.Plivo, CallerIdFilter.Subaccount | CallerIdFilter.State, MadeUp));
            Assert.Equal("Plivo caller IDs have no department (-Department is 2Chat or IdentityCall's).", query.RefusedFilter(ProviderKind.Plivo, CallerIdFilter.Department, MadeUp)?.Reason);
        }
    }
}

using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// The number cmdlets name providers from the connections and from what each registered provider can do, not from
    /// literals; for today's providers the words are exactly the ones the cmdlets used to spell out.
    /// </summary>
    public sealed class NumberCatalogMessageTests : System.IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public NumberCatalogMessageTests()
        {
            _session.Run(@"
Connect-CallerIdProvider -Provider TwoChat -Sandbox
Connect-CallerIdProvider -Provider IdentityCall -Sandbox
Connect-CallerIdProvider -Provider Plivo -Sandbox").AssertNoErrors();
        }

        public void Dispose() => _session.Dispose();

        [Fact]
        public void Providers_implementing_a_capability_come_from_their_clients()
        {
            Assert.Equal(
                new[] { ProviderKind.IdentityCall, ProviderKind.Plivo },
                ConnectionFactory.ProvidersImplementing<IAvailableNumberSource>().OrderBy(p => p.ToString()));
            Assert.Equal(new[] { ProviderKind.TwoChat }, ConnectionFactory.ProvidersImplementing<INumberCatalog>());
        }

        [Fact]
        public void Empty_catalog_answers_name_the_provider_and_the_countries_it_sorts_by_region()
        {
            Assert.Equal(
                "2Chat lists no regions for 'de'. Regions exist for US, CA and GB; elsewhere search groups by country alone (Find-NumberGroup -Country DE).",
                _session.Run("Get-NumberRegion -Country de").Warnings.Single());
            Assert.Equal("2Chat lists no cities for 'JP'.", _session.Run("Get-NumberCity -Country JP").Warnings.Single());
            Assert.Equal("No 2Chat number groups match (JP, mobile).", _session.Run("Find-NumberGroup -Country JP -Type Mobile").Warnings.Single());
        }

        [Fact]
        public void Country_search_on_a_catalog_connection_names_who_sells_by_country_and_by_group()
        {
            var error = _session.Run("Get-AvailableNumber -Country US -Connection TwoChat").Errors.Single();

            Assert.Equal(
                "-Country lists IdentityCall's and Plivo's numbers; the connection 'TwoChat' is 2Chat. For 2Chat, pipe a group from Find-NumberGroup to Get-AvailableNumber.",
                error.Exception.Message);
        }

        [Fact]
        public void Asking_for_nothing_names_who_answers_each_way()
        {
            var error = _session.Run("Get-AvailableNumber").Errors.Single();

            Assert.Equal(
                "Say which numbers: pipe a group from Find-NumberGroup, give -GroupId (2Chat), or -Country (IdentityCall or Plivo).",
                error.Exception.Message);
        }

        [Fact]
        public void A_number_of_a_provider_without_reservations_is_refused_before_any_connection_is_asked()
        {
            var result = _session.Run("Get-AvailableNumber -Country US -Connection IdentityCall | Select-Object -First 1 | New-NumberReservation -Confirm:$false");

            var error = result.Errors.Single();
            Assert.StartsWith("NotSupported", error.FullyQualifiedErrorId);
            Assert.Matches(@"^IdentityCall does not reserve numbers; buy \+\d+ directly with Invoke-NumberPurchase\.$", error.Exception.Message);
        }

        [Fact]
        public void A_listed_number_of_a_catalog_is_reserved_in_its_group()
        {
            var result = _session.Run(@"
Find-NumberGroup -Country GB | Where-Object AllowNumberSelection | Select-Object -First 1 |
  Get-AvailableNumber | Select-Object -First 1 | New-NumberReservation -Confirm:$false");

            result.AssertNoErrors();
            var reservation = result.Single<Model.NumberReservation>();
            Assert.StartsWith("+44", reservation.PhoneNumber);
            Assert.NotNull(reservation.MonthlyPrice);
        }

        [Fact]
        public void Changing_a_number_of_a_provider_without_an_editor_names_the_providers_with_one()
        {
            var error = _session.Run("Get-VirtualNumber -Connection TwoChat | Select-Object -First 1 | Set-VirtualNumber -Name Desk -Confirm:$false").Errors.Single();

            Assert.Equal(
                "2Chat numbers cannot be changed by this version of the module; Set-VirtualNumber works with IdentityCall and Plivo numbers.",
                error.Exception.Message);
        }
    }
}

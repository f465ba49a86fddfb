using System.Linq;
using CallerIdPs.Model;
using Xunit;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Numbers and reservations known by their group id alone (-GroupId, a CSV row) carry the group's price, type, place
    /// and requirements like those of a piped group: the group is looked up once for the whole listing, never per number,
    /// and rows of the same group share the lookup.
    /// </summary>
    public sealed class GroupDetailsTests : System.IDisposable
    {
        private const string Berlin = "deloc-956";

        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession();

        public void Dispose() => _tc.Dispose();

        [Theory]
        [InlineData("Get-AvailableNumber -GroupId deloc-956")]
        [InlineData("[pscustomobject]@{ GroupId = 'deloc-956' } | Get-AvailableNumber")]
        public void Numbers_listed_by_group_id_carry_the_group_s_details(string command)
        {
            var piped = _tc.Run($"Find-NumberGroup -Country DE -Type local | Where-Object GroupId -eq {Berlin}").Single<NumberGroup>();
            Assert.NotEmpty(piped.Requirements);
            var groupLookup = RequestsFor($"Find-NumberGroup -Country DE");
            var listing = RequestsFor($"Find-NumberGroup -Country DE -Type local | Where-Object GroupId -eq {Berlin} | Get-AvailableNumber") - groupLookup;

            var before = _tc.Emulator.RequestCount;
            var numbers = _tc.Run(command).Objects<TwoChatAvailableNumber>().ToList();

            Assert.True(numbers.Count > 1, "the Berlin group lists several numbers");
            Assert.Equal(listing + groupLookup, _tc.Emulator.RequestCount - before);
            Assert.All(numbers, n =>
            {
                Assert.Equal("DE", n.Country);
                Assert.Equal(NumberType.Local, n.Type);
                Assert.Equal(piped.Location, n.Location);
                Assert.Equal(piped.SetupPrice, n.SetupPrice);
                Assert.Equal(piped.MonthlyPrice, n.MonthlyPrice);
                Assert.Equal(piped.Requirements.Select(r => r.Description), n.Requirements.Select(r => r.Description));
            });
        }

        [Fact]
        public void A_reservation_made_by_group_id_carries_the_group_s_price_and_requirements()
        {
            var reservation = _tc.Run("New-NumberReservation -GroupId gbloc-156 -Confirm:$false").Single<NumberReservation>();

            var group = _tc.Run("Find-NumberGroup -Country GB | Where-Object GroupId -eq gbloc-156").Single<NumberGroup>();
            Assert.Equal("GB", reservation.Country);
            Assert.Equal(group.Location, reservation.Location);
            Assert.Equal(group.MonthlyPrice, reservation.MonthlyPrice);
            Assert.Equal(group.SetupPrice, reservation.SetupPrice);
            Assert.Equal(group.HasRequirements, reservation.NeedsRegistration);
            Assert.Equal(group.Requirements.Count, reservation.Requirements.Count);
        }

        [Theory]
        [InlineData("DE", "local")]
        [InlineData("US", "local")]
        [InlineData("CA", "tollfree")]
        public void Rows_of_the_same_group_look_the_group_up_once(string country, string type)
        {
            var groupId = _tc.Emulator.FirstGroupId(country, type, allowSelection: true);
            var row = $"[pscustomobject]@{{ GroupId = '{groupId}' }}";

            var threeRows = RequestsFor($"{row}, {row}, {row} | Get-AvailableNumber -Connection TwoChat");
            var listing = RequestsFor($"{row} | Get-AvailableNumber -Connection TwoChat");
            _tc.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri -Name Other").AssertNoErrors();
            var listingAndLookup = RequestsFor($"{row} | Get-AvailableNumber -Connection Other");

            Assert.True(listingAndLookup > listing, "a row of a group not yet found searches for it");
            Assert.Equal(listingAndLookup + 2 * listing, threeRows);
            Assert.All(_tc.Run($"{row}, {row} | Get-AvailableNumber -Connection TwoChat").Objects<TwoChatAvailableNumber>(), n =>
            {
                Assert.Equal(groupId, n.Group?.Id);
                Assert.Equal(country, n.Country);
                Assert.NotNull(n.MonthlyPrice);
            });
        }

        [Fact]
        public void A_reservation_by_group_id_looks_up_a_group_found_a_moment_ago_without_searching()
        {
            var first = RequestsFor("New-NumberReservation -GroupId gbloc-156 -Confirm:$false");

            var second = RequestsFor("New-NumberReservation -GroupId gbloc-156 -Confirm:$false");

            Assert.True(first > 1, "the first reservation searched for its group");
            Assert.Equal(1, second);
            Assert.All(_tc.Run("Get-NumberReservation").Objects<NumberReservation>(), r => Assert.NotNull(r.MonthlyPrice));
        }

        private int RequestsFor(string command)
        {
            var before = _tc.Emulator.RequestCount;
            _tc.Run(command).AssertNoErrors();
            return _tc.Emulator.RequestCount - before;
        }
    }
}

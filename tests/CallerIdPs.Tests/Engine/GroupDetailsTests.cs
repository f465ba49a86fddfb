using System.Linq;
using CallerIdPs.Model;
using Xunit;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Numbers and reservations known by their group id alone (-GroupId, a CSV row) carry the group's price, type, place
    /// and requirements like those of a piped group: the group is looked up once for the whole listing, never per number.
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

        private int RequestsFor(string command)
        {
            var before = _tc.Emulator.RequestCount;
            _tc.Run(command).AssertNoErrors();
            return _tc.Emulator.RequestCount - before;
        }
    }
}

using System.Linq;
using CallerIdPs.Model;
using Xunit;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Input by property name selects and never multiplies (#14): piped numbers are looked up in one pass, and objects
    /// that are not the cmdlet's own type (CSV rows, [pscustomobject]) bind by their columns.
    /// </summary>
    public sealed class PropertyNameInputTests : System.IDisposable
    {
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession();

        public void Dispose() => _tc.Dispose();

        [Fact]
        public void Piped_numbers_select_their_caller_ids_in_one_listing_of_the_account()
        {
            var all = _tc.Run("Get-CallerId").Objects<CallerId>().ToList();
            var oneListing = RequestsFor("Get-CallerId");
            var three = all.Take(3).Select(c => c.PhoneNumber).ToArray();
            _tc.Session.SetVariable("numbers", three);

            var before = _tc.Emulator.RequestCount;
            var found = _tc.Run("$numbers | ForEach-Object { [pscustomobject]@{ PhoneNumber = $_; ConnectionName = 'TwoChat' } } | Get-CallerId");

            found.AssertNoErrors();
            Assert.Equal(three.OrderBy(n => n), found.Objects<CallerId>().Select(c => c.PhoneNumber).OrderBy(n => n));
            Assert.Equal(oneListing, _tc.Emulator.RequestCount - before);
        }

        [Fact]
        public void An_empty_pipeline_lists_nothing_and_sends_nothing()
        {
            var before = _tc.Emulator.RequestCount;

            var result = _tc.Run("@() | Get-CallerId");

            Assert.Empty(result.Output);
            Assert.Equal(before, _tc.Emulator.RequestCount);
        }

        [Fact]
        public void A_plain_object_with_a_GroupId_lists_that_groups_numbers()
        {
            var result = _tc.Run("[pscustomobject]@{ GroupId = 'usloc-558' } | Get-AvailableNumber");

            result.AssertNoErrors();
            Assert.NotEmpty(result.Objects<AvailableNumber>());
            Assert.All(result.Objects<TwoChatAvailableNumber>(), n => Assert.Equal("usloc-558", n.GroupId));
        }

        [Fact]
        public void A_reservation_row_is_read_again_before_anything_is_bought()
        {
            _tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").AssertNoErrors();
            var reservation = _tc.Run("Get-NumberReservation").Objects<NumberReservation>().Single();
            _tc.Run($"$row = [pscustomobject]@{{ ReservationId = '{reservation.Id}'; PhoneNumber = '{reservation.PhoneNumber}'; ConnectionName = 'TwoChat' }}");

            var bought = _tc.Run("$row | Invoke-NumberPurchase -Force");

            bought.AssertNoErrors();
            Assert.Equal(reservation.PhoneNumber, bought.Single<NumberPurchaseResult>().PhoneNumber);
            var again = _tc.Run("$row | Invoke-NumberPurchase -Force");
            Assert.StartsWith("ReservationExpired,", Assert.Single(again.Errors).FullyQualifiedErrorId);
            Assert.Empty(again.Output);
        }

        private int RequestsFor(string script)
        {
            var before = _tc.Emulator.RequestCount;
            _tc.Run(script).AssertNoErrors();
            return _tc.Emulator.RequestCount - before;
        }
    }
}

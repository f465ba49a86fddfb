using System;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Every 2Chat call costs a credit: Invoke-NumberPurchase -ReservationId reads the reservation list once, and the
    /// planner's "still stands" check uses that read. Everything else it is given (piped reservations, each CSV row) is
    /// read in the call that buys it.
    /// </summary>
    public sealed class ReservationReadOnceTests : IDisposable
    {
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession();

        public void Dispose() => _tc.Dispose();

        [Fact]
        public void A_reservation_given_by_id_is_read_once_and_bought()
        {
            Reserve(1);

            var result = _tc.Run("Invoke-NumberPurchase -ReservationId $held[0].Id -Force -Verbose");

            BoughtEachReadingOnce(result, 1);
            Assert.Equal(PurchaseStatus.Purchased, result.Single<NumberPurchaseResult>().Status);
        }

        [Fact]
        public void Each_csv_row_is_read_once_in_its_own_record()
        {
            Reserve(2);

            var result = _tc.Run("$held | Select-Object @{ n = 'ReservationId'; e = { $_.Id } } | Invoke-NumberPurchase -Force -Verbose");

            BoughtEachReadingOnce(result, 2);
        }

        [Fact]
        public void A_csv_row_of_a_reservation_cancelled_before_the_call_is_refused_from_the_cmdlet_s_read()
        {
            Reserve(1);
            _tc.Run("$held | Remove-NumberReservation -Force").AssertNoErrors();

            var result = _tc.Run("$held | Select-Object @{ n = 'ReservationId'; e = { $_.Id } } | Invoke-NumberPurchase -Force -Verbose");

            Assert.StartsWith("ReservationExpired,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(0, _tc.Emulator.PurchaseCount);
            Assert.Equal(1, ReservationReads(result));
        }

        [Fact]
        public void A_piped_reservation_read_by_an_earlier_command_is_read_again_before_it_is_bought()
        {
            Reserve(1);

            var result = _tc.Run("$held | Invoke-NumberPurchase -Force -Verbose");

            BoughtEachReadingOnce(result, 1);
        }

        private void Reserve(int count) =>
            _tc.Run($"Find-NumberGroup -Country GB -City London -Type local | Get-AvailableNumber | Select-Object -First {count} | New-NumberReservation -Confirm:$false -OutVariable held").AssertNoErrors();

        private void BoughtEachReadingOnce(EngineResult result, int reservations)
        {
            result.AssertNoErrors();
            Assert.Equal(reservations, result.Objects<NumberPurchaseResult>().Count());
            Assert.Equal(reservations, _tc.Emulator.PurchaseCount);
            Assert.Equal(reservations, ReservationReads(result));
        }

        /// <summary>Reads of 2Chat's reservation list, from the request lines -Verbose shows.</summary>
        private static int ReservationReads(EngineResult result) =>
            result.Verbose.Count(v => v.Contains(": GET ") && v.Contains("/open/numbers/reservations"));
    }
}

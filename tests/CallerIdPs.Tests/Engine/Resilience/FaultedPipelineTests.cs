using System;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine.Resilience
{
    /// <summary>
    /// The design page's pipelines run while the emulator injects faults: every item arrives exactly once, or the user
    /// gets a clear error, and nothing is ever bought twice. Each retry is told in -Verbose.
    /// </summary>
    public sealed class FaultedPipelineTests : IDisposable
    {
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession();

        public void Dispose() => _tc.Dispose();

        [Theory]
        [InlineData("503")]
        [InlineData("504")]
        [InlineData("429")]
        [InlineData("429+Retry-After")]
        [InlineData("drop")]
        [InlineData("latency")]
        public void Listing_every_caller_id_survives_a_fault_on_a_middle_page_and_yields_each_once(string fault)
        {
            var rule = _tc.Emulator.Faults.On("GET", "/open/voip/caller-ids").Times(2);
            switch (fault)
            {
                case "503": rule.Respond(503); break;
                case "504": rule.Respond(504); break;
                case "429": rule.Respond(429); break;
                case "429+Retry-After": rule.Respond(429, "Too many requests", TimeSpan.FromSeconds(1)); break;
                case "drop": rule.Drop(); break;
                case "latency": rule.Delay(TimeSpan.FromMilliseconds(300)); break;
            }

            var result = _tc.Run("Get-CallerId -Verbose");

            result.AssertNoErrors();
            var ids = result.Objects<CallerId>().Select(c => c.Id).ToList();
            Assert.Equal(_tc.Emulator.CallerIdTotal, ids.Count);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            if (fault != "latency")
            {
                Assert.Equal(2, result.Verbose.Count(v => v.Contains("retry", StringComparison.OrdinalIgnoreCase)));
            }
        }

        [Fact]
        public void A_purchase_whose_answer_is_lost_after_it_happened_is_reported_bought_once()
        {
            _tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").AssertNoErrors();
            _tc.Emulator.Faults.On("POST", "/open/numbers/purchase").Times(1).Drop().AfterTheWorkIsDone();

            var result = _tc.Run("Get-NumberReservation | Invoke-NumberPurchase -Confirm:$false");

            var purchase = result.Single<NumberPurchaseResult>();
            Assert.Equal(PurchaseStatus.Purchased, purchase.Status);
            Assert.Equal(1, _tc.Emulator.PurchaseCount);
            Assert.Single(_tc.Emulator.OwnedNumbers(), n => n.PhoneNumber == purchase.PhoneNumber);
        }

        [Fact]
        public void A_purchase_that_fails_with_503_before_acting_is_not_repeated_and_says_not_bought()
        {
            _tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").AssertNoErrors();
            _tc.Emulator.Faults.On("POST", "/open/numbers/purchase").Times(1).Respond(503);
            var before = _tc.Emulator.RequestCount;

            var result = _tc.Run("Get-NumberReservation | Invoke-NumberPurchase -Confirm:$false");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("ProviderUnavailable", error.FullyQualifiedErrorId);
            Assert.Contains("was not bought", error.Exception.Message);
            Assert.Contains("reservation", error.Exception.Message);
            Assert.Equal(0, _tc.Emulator.PurchaseCount);
            Assert.Single(_tc.Emulator.ActiveReservations());
            // list reservations (1), the check that the reservation still stands (1), purchase (1, never repeated), the
            // account checks over the settling window (4 pages of numbers)
            Assert.Equal(7, _tc.Emulator.RequestCount - before);
        }

        [Fact]
        public void A_reservation_whose_answer_is_lost_is_found_not_made_twice()
        {
            _tc.Emulator.Faults.On("POST", "/open/numbers/reservations").Times(1).Drop().AfterTheWorkIsDone();

            var result = _tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation");

            var reservation = result.Single<NumberReservation>();
            var held = Assert.Single(_tc.Emulator.ActiveReservations());
            Assert.Equal(held.Id, reservation.Id);
        }

        [Fact]
        public void A_body_cut_in_half_is_a_clear_error_not_a_crash()
        {
            _tc.Emulator.Faults.On("GET", "/open/numbers/regions").Times(1).Truncate();

            var result = _tc.Run("Get-NumberRegion -Country US");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("ProviderError", error.FullyQualifiedErrorId);
            Assert.Contains("could not be read", error.Exception.Message);
            Assert.Equal(6, _tc.Run("Get-NumberRegion -Country US").Output.Count);
        }

        [Fact]
        public void A_body_that_is_not_json_is_a_clear_error_not_a_crash()
        {
            _tc.Emulator.Faults.On("GET", "/open/numbers/reservations").Times(1).Malform();

            var result = _tc.Run("Get-NumberReservation");

            Assert.StartsWith("ProviderError", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void A_provider_that_stays_down_ends_in_ProviderUnavailable_after_bounded_retries()
        {
            _tc.Emulator.Faults.On("GET", "/open/numbers/did-types").Respond(503);
            var before = _tc.Emulator.RequestCount;

            var result = _tc.Run("Get-NumberType -Verbose");

            Assert.StartsWith("ProviderUnavailable", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(5, _tc.Emulator.RequestCount - before);
            Assert.Equal(4, result.Verbose.Count(v => v.Contains("retry", StringComparison.OrdinalIgnoreCase)));
        }
    }
}

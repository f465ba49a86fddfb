using System.Linq;
using System.Management.Automation;
using CallerIdPs.Errors;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Provider failures reach the user as ErrorRecords with a stable id, the right category, and the provider's own words.</summary>
    public sealed class ProviderErrorTests
    {
        [Fact]
        public void A_wrong_key_is_AuthenticationFailed_and_leaves_no_connection()
        {
            using var tc = new LoopbackModuleSession(connect: false);
            tc.Session.SetVariable("wrong", LoopbackModuleSession.Secure("not-the-key"));

            var result = tc.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $wrong -BaseUri $uri");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("AuthenticationFailed", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            var exception = Assert.IsType<CallerIdException>(error.Exception);
            Assert.Equal(401, exception.HttpStatus);
            Assert.Equal("Invalid API key", exception.ProviderMessage);
            Assert.Equal("2Chat", exception.Provider);
            Assert.False(string.IsNullOrEmpty(error.ErrorDetails?.RecommendedAction));
            Assert.Empty(tc.Run("Get-CallerIdConnection").Output);
        }

        [Fact]
        public void A_missing_key_is_CredentialMissing_before_any_request()
        {
            using var tc = new LoopbackModuleSession(connect: false);
            System.Environment.SetEnvironmentVariable("CALLERID_TWOCHAT_API_KEY", null);

            var result = tc.Run("Connect-CallerIdProvider -Provider TwoChat -BaseUri $uri");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("CredentialMissing", error.FullyQualifiedErrorId);
            Assert.Contains("CALLERID_TWOCHAT_API_KEY", error.Exception.Message + error.ErrorDetails?.RecommendedAction);
            Assert.Equal(0, tc.Emulator.RequestCount);
        }

        [Fact]
        public void A_trial_that_is_over_is_PaymentRequired_with_the_provider_message()
        {
            using var tc = new LoopbackModuleSession(new TwoChatEmulatorOptions { ApiKey = "k-trial", TrialOver = true });

            var result = tc.Run("Get-NumberType");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("PaymentRequired", error.FullyQualifiedErrorId);
            var exception = (CallerIdException)error.Exception;
            Assert.Equal(402, exception.HttpStatus);
            Assert.Contains("trial period has ended", exception.ProviderMessage);
        }

        [Fact]
        public void A_provider_outage_is_ProviderUnavailable_and_retryable()
        {
            using var tc = new LoopbackModuleSession();
            tc.Emulator.Faults.On("GET", "/open/numbers/reservations").Respond(503, "Service temporarily unavailable");

            var result = tc.Run("Get-NumberReservation");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("ProviderUnavailable", error.FullyQualifiedErrorId);
            var exception = (CallerIdException)error.Exception;
            Assert.Equal(503, exception.HttpStatus);
            Assert.True(exception.IsRetryable);
            Assert.Equal("Service temporarily unavailable", exception.ProviderMessage);
        }

        [Fact]
        public void Cancelling_an_expired_reservation_is_NotFound_with_the_reservation_as_target()
        {
            using var tc = new LoopbackModuleSession();
            var reservation = tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").Output.Single();
            tc.Session.SetVariable("held", reservation);
            tc.Emulator.Clock.Advance(System.TimeSpan.FromMinutes(31));

            var result = tc.Run("$held | Remove-NumberReservation -Force");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("NotFound", error.FullyQualifiedErrorId);
            Assert.Same(reservation.BaseObject, (error.TargetObject as PSObject)?.BaseObject ?? error.TargetObject);
        }

        [Fact]
        public void Buying_an_expired_reservation_is_ReservationExpired_and_buys_nothing()
        {
            using var tc = new LoopbackModuleSession();
            tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation -OutVariable held").AssertNoErrors();
            tc.Emulator.Clock.Advance(System.TimeSpan.FromMinutes(31));

            // The reservation object says when it expires; the module reads the emulator's expiry, which is now in the past
            // only on the emulator's clock, so the provider is asked and answers that nothing is reserved any more.
            var result = tc.Run("$held | Invoke-NumberPurchase -Force");

            Assert.Equal(0, tc.Emulator.PurchaseCount);
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("ReservationExpired", error.FullyQualifiedErrorId);
            Assert.Contains("nothing was bought", error.Exception.Message);
        }
    }
}

using System;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Sandbox.Plivo;
using PlivoCallerId = CallerIdPs.Model.PlivoCallerId;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Plivo's refusals over real HTTP: expired, unknown and wrong codes each say which, with Plivo's api_id as request id.</summary>
    public sealed class PlivoErrorTests : IDisposable
    {
        private readonly PlivoLoopbackSession _pl = new PlivoLoopbackSession();

        public void Dispose() => _pl.Dispose();

        [Fact]
        public void A_code_confirmed_after_15_minutes_is_VerificationExpired()
        {
            _pl.Run("Start-CallerIdVerification -PhoneNumber +14155550100 -OutVariable started").AssertNoErrors();
            _pl.Emulator.Clock.Advance(TimeSpan.FromMinutes(16));

            var result = _pl.Run("$started | Confirm-CallerIdVerification -Otp 123456");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("VerificationExpired", error.FullyQualifiedErrorId);
            var exception = (CallerIdException)error.Exception;
            Assert.Equal("Plivo", exception.Provider);
            Assert.False(string.IsNullOrEmpty(exception.RequestId));
            Assert.Contains("expired", exception.ProviderMessage, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void A_verification_the_object_knows_has_expired_is_refused_without_a_request()
        {
            var verification = _pl.Run("Start-CallerIdVerification -PhoneNumber +14155550100").Single<CallerIdVerification>();
            verification.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            _pl.Session.SetVariable("stale", verification);
            var before = _pl.Emulator.RequestCount;

            var result = _pl.Run("$stale | Confirm-CallerIdVerification -Otp 123456");

            Assert.StartsWith("VerificationExpired", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(before, _pl.Emulator.RequestCount);
        }

        [Fact]
        public void An_unknown_verification_is_NotFound()
        {
            var result = _pl.Run("Confirm-CallerIdVerification -VerificationId 3f1c2b8e-0000-4000-8000-000000000000 -Otp 123456");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("NotFound", error.FullyQualifiedErrorId);
            Assert.Equal(404, ((CallerIdException)error.Exception).HttpStatus);
        }

        [Fact]
        public void A_subaccount_may_not_move_caller_ids_between_subaccounts()
        {
            var sub = _pl.Emulator.Options.SubaccountAuthIds[0];
            _pl.Session.SetVariable("subcred", new PSCredential(sub, PlivoLoopbackSession.Secure("token-" + sub)));
            _pl.Run("Connect-CallerIdProvider -Provider Plivo -Name Sub -Credential $subcred -BaseUri $uri").AssertNoErrors();
            var own = _pl.Run("Get-CallerId -Connection Sub").Objects<PlivoCallerId>().ToList();
            Assert.NotEmpty(own);
            _pl.Session.SetVariable("mine", own[0]);

            var result = _pl.Run($"$mine | Set-CallerId -Subaccount {_pl.Emulator.Options.SubaccountAuthIds[1]}");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("PermissionDenied", error.FullyQualifiedErrorId);
            Assert.Contains("main account", error.ErrorDetails?.RecommendedAction ?? "", StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void The_auth_token_never_appears_in_any_stream()
        {
            var texts = new System.Collections.Generic.List<string>();
            _pl.Run("$DebugPreference = 'Continue'; $VerbosePreference = 'Continue'");
            foreach (var command in new[]
            {
                "Get-CallerIdConnection -Name Plivo",
                "Get-CallerId -Connection Plivo -First 3 -Verbose -Debug",
                "Start-CallerIdVerification -PhoneNumber +14155550100 -Alias HQ -Verbose -Debug | Confirm-CallerIdVerification -Otp 123456 -Verbose -Debug",
                "Get-CallerId -Connection Plivo -PhoneNumber +14155550100 | Set-CallerId -Alias Desk -Verbose -Debug",
                "Get-CallerId -Connection Plivo -PhoneNumber +14155550100 | Remove-CallerId -Force -Verbose -Debug",
                "Confirm-CallerIdVerification -VerificationId nope -Otp 1234 -Verbose -Debug",
            })
            {
                texts.AddRange(_pl.Run(command).EverythingAsText());
            }

            var everything = string.Join("\n", texts) + _pl.Session.Host.Text;
            Assert.Contains("Authorization", everything);
            Assert.DoesNotContain(_pl.Emulator.Options.AuthToken, everything);
        }
    }
}

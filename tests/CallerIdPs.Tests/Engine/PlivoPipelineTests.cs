using System;
using System.Linq;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Sandbox.Plivo;
using PlivoCallerId = CallerIdPs.Model.PlivoCallerId;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>The design page's Plivo pipelines, typed exactly as written, on -Sandbox in the real engine.</summary>
    public sealed class PlivoPipelineTests : SandboxSessionTests
    {
        public PlivoPipelineTests()
            : base("Plivo")
        {
        }

        [Fact]
        public void Start_then_Confirm_verifies_the_number()
        {
            var result = _session.Run(@"
Start-CallerIdVerification -PhoneNumber +14155550100 -Alias HQ -Channel Call |
  Confirm-CallerIdVerification -Otp 123456");

            var callerId = result.Single<PlivoCallerId>();
            Assert.Equal("+14155550100", callerId.PhoneNumber);
            Assert.Equal("HQ", callerId.Name);
            Assert.Equal(VerificationChannel.Call, callerId.Channel);
            Assert.Contains(result.Information, i => i.Contains(PlivoEmulatorOptions.SandboxOtp));
            var listed = _session.Run("Get-CallerId -Connection Plivo -PhoneNumber +14155550100").Single<PlivoCallerId>();
            Assert.Equal("HQ", listed.Name);
        }

        [Fact]
        public void The_verification_object_carries_its_15_minute_expiry()
        {
            var verification = _session.Run("Start-CallerIdVerification -PhoneNumber +14155550100 -Alias HQ").Single<CallerIdVerification>();

            Assert.InRange(verification.ExpiresAt - verification.StartedAt, TimeSpan.FromMinutes(14.9), TimeSpan.FromMinutes(15.1));
            Assert.Equal(VerificationChannel.Sms, verification.Channel);
            Assert.False(string.IsNullOrEmpty(verification.Id));
        }

        [Fact]
        public void Old_aliases_are_removed_and_nothing_else()
        {
            var all = _session.Run("Get-CallerId -Connection Plivo").Objects<PlivoCallerId>().ToList();
            var old = all.Where(c => (c.Name ?? "").StartsWith("old-", StringComparison.OrdinalIgnoreCase)).Select(c => c.PhoneNumber).ToList();
            Assert.True(old.Count >= 3);

            _session.Run("Get-CallerId -Connection Plivo -Alias 'old-*' | Remove-CallerId -Confirm:$false").AssertNoErrors();

            var left = _session.Run("Get-CallerId -Connection Plivo").Objects<PlivoCallerId>().Select(c => c.PhoneNumber).ToList();
            Assert.Equal(all.Count - old.Count, left.Count);
            Assert.Empty(left.Intersect(old));
        }

        [Fact]
        public void Every_caller_id_gets_the_alias_Support()
        {
            var count = _session.Run("Get-CallerId -Connection Plivo").Output.Count;

            var updated = _session.Run("Get-CallerId -Connection Plivo | Set-CallerId -Alias 'Support'").Objects<PlivoCallerId>().ToList();

            Assert.Equal(count, updated.Count);
            Assert.All(_session.Run("Get-CallerId -Connection Plivo").Objects<PlivoCallerId>(), c => Assert.Equal("Support", c.Name));
        }

        [Fact]
        public void Listing_pages_through_Plivos_limit_of_20()
        {
            var ids = _session.Run("Get-CallerId -Connection Plivo").Objects<PlivoCallerId>().Select(c => c.PhoneNumber).ToList();

            Assert.True(ids.Count > 40, "The sandbox seeds more than two pages.");
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }

        [Fact]
        public void Get_CallerId_with_no_connection_merges_Plivo_and_2Chat()
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();

            var all = _session.Run("Get-CallerId").Objects<CallerId>().ToList();

            var plivo = all.OfType<PlivoCallerId>().Count();
            var twoChat = all.OfType<TwoChatCallerId>().Count();
            Assert.True(plivo > 40);
            Assert.Equal(1257, twoChat);
            Assert.Equal(plivo + twoChat, all.Count);
            Assert.All(all, c => Assert.StartsWith("+", c.PhoneNumber));
        }

        [Fact]
        public void Type_filter_skips_Plivo_when_merging_and_is_an_error_when_Plivo_is_named()
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();

            var merged = _session.Run("Get-CallerId -Type VN");
            var named = _session.Run("Get-CallerId -Connection Plivo -Type VN");

            merged.AssertNoErrors();
            Assert.All(merged.Objects<CallerId>(), c => Assert.IsType<TwoChatCallerId>(c));
            Assert.StartsWith("InvalidInput", Assert.Single(named.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void A_wrong_code_is_OtpRejected()
        {
            var result = _session.Run("Start-CallerIdVerification -PhoneNumber +14155550100 | Confirm-CallerIdVerification -Otp 000000");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("OtpRejected", error.FullyQualifiedErrorId);
            Assert.Equal(400, ((CallerIdException)error.Exception).HttpStatus);
        }

        [Theory]
        [InlineData("Confirm-CallerIdVerification -VerificationId abc -Otp 12", "12")]
        [InlineData("Confirm-CallerIdVerification -VerificationId abc -Otp 12a456", "12a456")]
        [InlineData("Start-CallerIdVerification -PhoneNumber 4155550100x", "4155550100x")]
        [InlineData("Start-CallerIdVerification -PhoneNumber +14155550100 -Subaccount 'SA; DROP'", "SA; DROP")]
        [InlineData("Get-CallerId -Connection Plivo -Subaccount '../../x'", "../../x")]
        [InlineData("Set-CallerId -Connection Plivo -PhoneNumber 415-555-CALL -Alias x", "415-555-CALL")]
        public void Bad_input_is_InvalidInput(string command, string offending)
        {
            var result = _session.Run(command);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId);
            Assert.Equal(offending, error.TargetObject?.ToString());
        }
    }
}

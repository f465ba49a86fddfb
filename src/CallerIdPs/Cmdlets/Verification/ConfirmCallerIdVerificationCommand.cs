using System;
using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Validation;

namespace CallerIdPs.Cmdlets.Verification
{
    [ConnectionCapability(ProviderCapability.VerifyCallerIds)]
    [Cmdlet(VerbsLifecycle.Confirm, "CallerIdVerification", DefaultParameterSetName = ObjectSet)]
    [OutputType(typeof(CallerId))]
    public sealed class ConfirmCallerIdVerificationCommand : ConnectedCmdlet
    {
        private const string ObjectSet = "Verification";
        private const string IdSet = "VerificationId";

        [Parameter(Mandatory = true, ParameterSetName = ObjectSet, ValueFromPipeline = true)]
        public CallerIdVerification? Verification { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? VerificationId { get; set; }

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Otp { get; set; } = "";

        protected override void ProcessRecord()
        {
            var target = (object?)Verification ?? VerificationId;
            var id = Verification?.Id ?? VerificationId!;
            if (!TryCheck(() => Guard.Otp(Otp), Otp, out _)) return;

            if (Verification != null && Verification.IsExpiredAt(DateTimeOffset.UtcNow))
            {
                WriteFailure(new CallerIdException(
                    CallerIdErrorKind.VerificationExpired,
                    $"The verification of {Verification.PhoneNumber} expired at {DateText.Of(Verification.ExpiresAt)}; its code no longer works.",
                    "Start a new one: Start-CallerIdVerification -PhoneNumber " + Verification.PhoneNumber) { Provider = Verification.Provider.DisplayName() }, target);
                return;
            }

            var connection = SingleConnection(Connection, DeclaredCapability, target);
            if (connection == null) return;
            if (Run(target, (output, ct) => connection.ClientAs<ICallerIdVerifier>().CompleteVerificationAsync(id, Otp, ct), out var callerId))
            {
                WriteVerbose($"{callerId.PhoneNumber} is now a verified caller ID on {Describe.Account(connection)}.");
                WriteObject(callerId);
            }
        }
    }
}

using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Sandbox;
using CallerIdPs.Validation;

namespace CallerIdPs.Cmdlets.Verification
{
    [ConnectionCapability(ProviderCapability.VerifyCallerIds)]
    [Cmdlet(VerbsLifecycle.Start, "CallerIdVerification", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CallerIdVerification))]
    public sealed class StartCallerIdVerificationCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string PhoneNumber { get; set; } = "";

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Alias { get; set; }

        [Parameter]
        public VerificationChannel Channel { get; set; } = VerificationChannel.Sms;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Subaccount { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryOptional(nameof(Alias), Alias, out var alias) || !TryOptional(nameof(Subaccount), Subaccount, out var subaccount)) return;

            // The number first: a malformed one is the user's to correct, whichever connection would have sent the code.
            if (!TryCheck(() => Guard.PhoneNumber(PhoneNumber), PhoneNumber, out var number)) return;
            var connection = SingleConnection(Connection, DeclaredCapability, PhoneNumber);
            if (connection == null) return;
            var how = Channel == VerificationChannel.Call ? "a voice call" : "SMS";
            if (!Confirm($"Send a verification code to {number} by {how} through {Describe.Account(connection)}.", force: false))
            {
                return;
            }

            if (!Run(PhoneNumber, (output, ct) => connection.ClientAs<ICallerIdVerifier>().StartVerificationAsync(number, alias, Channel, subaccount, ct), out var verification))
            {
                return;
            }

            var sandboxCode = connection.Sandbox ? SandboxConnections.VerificationCode(connection.Provider) : null;
            if (sandboxCode != null)
            {
                // The sandbox sends nothing to a phone: it tells the code instead (the README says so too).
                WriteInformation(new HostInformationMessage { Message = $"Sandbox: no code was sent; the code is {sandboxCode}." }, new[] { "PSHOST", "CallerIdSandbox" });
            }

            WriteVerbose($"{verification.Message} (expires {DateText.Of(verification.ExpiresAt)}).");
            WriteObject(verification);
        }
    }
}

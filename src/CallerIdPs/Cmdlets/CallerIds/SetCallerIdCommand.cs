using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers.Plivo;

namespace CallerIdPs.Cmdlets.CallerIds
{
    /// <summary><para type="synopsis">Changes a caller ID: a Plivo caller ID's alias and subaccount. Takes caller IDs from Get-CallerId.</para></summary>
    [Cmdlet(VerbsCommon.Set, "CallerId", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ObjectSet)]
    [OutputType(typeof(CallerId))]
    public sealed class SetCallerIdCommand : ConnectedCmdlet
    {
        private const string ObjectSet = "InputObject";
        private const string NumberSet = "PhoneNumber";

        [Parameter(Mandatory = true, ParameterSetName = ObjectSet, ValueFromPipeline = true)]
        public CallerId? InputObject { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = NumberSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? PhoneNumber { get; set; }

        /// <summary><para type="description">Plivo: the new alias.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Alias { get; set; }

        /// <summary><para type="description">Plivo: the Auth ID of the subaccount to move the caller ID to (main-account credentials only).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Subaccount { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)InputObject ?? PhoneNumber;
            var provider = InputObject?.Provider;
            if (provider.HasValue && provider.Value != ProviderKind.Plivo)
            {
                WriteFailure(new CallerIdException(CallerIdErrorKind.NotSupported, $"{provider.Value.DisplayName()} caller IDs cannot be changed by this version of the module.") { Provider = provider.Value.DisplayName() }, target);
                return;
            }

            if (Alias == null && Subaccount == null)
            {
                WriteFailure(CallerIdException.InvalidInputFor("Nothing to change: give -Alias and/or -Subaccount.", target), target);
                return;
            }

            var connection = SingleConnection(Connection, ProviderCapability.ManageCallerIds, target);
            if (connection == null) return;
            var number = InputObject?.PhoneNumber ?? PhoneNumber!;
            var changes = (Alias != null ? $"alias '{Alias}'" : "") + (Alias != null && Subaccount != null ? " and " : "") + (Subaccount != null ? $"subaccount {Subaccount}" : "");
            if (!ShouldProcess($"Set {changes} on caller ID {number} ({Describe.Account(connection)})", $"Set {changes} on {number}?", "Confirm"))
            {
                return;
            }

            if (Run(target, (output, ct) => connection.ClientAs<PlivoClient>().UpdateAsync(number, Alias, Subaccount, ct), out var updated))
            {
                WriteObject(updated);
            }
        }
    }
}

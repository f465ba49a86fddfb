using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers.Plivo;

namespace CallerIdPs.Cmdlets.CallerIds
{
    /// <summary><para type="synopsis">Deletes caller IDs (Plivo): the numbers can no longer be presented on calls until verified again.</para></summary>
    [Cmdlet(VerbsCommon.Remove, "CallerId", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ObjectSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveCallerIdCommand : ConnectedCmdlet
    {
        private const string ObjectSet = "InputObject";
        private const string NumberSet = "PhoneNumber";

        [Parameter(Mandatory = true, ParameterSetName = ObjectSet, ValueFromPipeline = true, Position = 0)]
        public CallerId? InputObject { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = NumberSet)]
        [ValidateNotNullOrEmpty]
        public string? PhoneNumber { get; set; }

        /// <summary><para type="description">Delete without asking (for runbooks). -WhatIf still only shows what would happen.</para></summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)InputObject ?? PhoneNumber;
            var provider = InputObject?.Provider;
            if (provider.HasValue && provider.Value != ProviderKind.Plivo)
            {
                WriteFailure(new CallerIdException(CallerIdErrorKind.NotSupported, $"{provider.Value.DisplayName()} caller IDs cannot be deleted by this version of the module.") { Provider = provider.Value.DisplayName() }, target);
                return;
            }

            var connection = SingleConnection(Connection, ProviderCapability.ManageCallerIds, target);
            if (connection == null) return;
            var number = InputObject?.PhoneNumber ?? PhoneNumber!;
            var name = InputObject?.Name != null ? $" '{InputObject.Name}'" : "";
            if (!Confirm($"Delete caller ID {number}{name} from {Describe.Account(connection)}.", $"Delete caller ID {number}{name}?", Force.IsPresent))
            {
                return;
            }

            if (Run(target, (output, ct) => connection.ClientAs<PlivoClient>().DeleteAsync(number, ct)))
            {
                WriteVerbose($"Deleted caller ID {number}.");
            }
        }
    }
}

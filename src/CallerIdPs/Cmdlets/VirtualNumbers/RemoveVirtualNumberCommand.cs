using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Cmdlets.VirtualNumbers
{
    /// <summary><para type="synopsis">Releases a number the account owns (2Chat). The number is gone for good once released.</para></summary>
    [Cmdlet(VerbsCommon.Remove, "VirtualNumber", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ObjectSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveVirtualNumberCommand : ConnectedCmdlet
    {
        private const string ObjectSet = "InputObject";
        private const string IdSet = "Id";

        [Parameter(Mandatory = true, ParameterSetName = ObjectSet, ValueFromPipeline = true, Position = 0)]
        public VirtualNumber? InputObject { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        [Alias("VirtualNumberId")]
        [ValidateNotNullOrEmpty]
        public string? Id { get; set; }

        /// <summary><para type="description">Release without asking (for runbooks). -WhatIf still only shows what would happen.</para></summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)InputObject ?? Id;
            if (InputObject != null && InputObject.Provider != ProviderKind.TwoChat)
            {
                WriteFailure(new CallerIdException(
                    CallerIdErrorKind.NotSupported,
                    $"{InputObject.Provider.DisplayName()} numbers cannot be released through its API; release {InputObject.PhoneNumber} in the provider's portal."), InputObject);
                return;
            }

            var connection = SingleConnection(Connection, ProviderCapability.ReleaseVirtualNumbers, target);
            if (connection == null)
            {
                return;
            }

            var number = InputObject;
            if (number == null && !Run(Id, (output, ct) => connection.ClientAs<IVirtualNumberSource>().GetVirtualNumberAsync(Id!, ct), out number))
            {
                return;
            }

            var description = $"Release {number!.PhoneNumber} ({number.Id}) from {Describe.Account(connection)}. The number cannot be bought back.";
            if (!Confirm(description, $"Release {number.PhoneNumber}? It cannot be bought back.", Force.IsPresent))
            {
                return;
            }

            if (Run(target, (output, ct) => connection.ClientAs<TwoChatClient>().ReleaseVirtualNumberAsync(number.Id, ct)))
            {
                WriteVerbose($"Released {number.PhoneNumber}; 2Chat now shows it as PENDING_CANCELLATION.");
            }
        }
    }
}

using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.CallerIds
{
    /// <summary><para type="synopsis">Deletes caller IDs (Plivo, Apple Business): the numbers can no longer be presented on calls until added again.</para></summary>
    [Cmdlet(VerbsCommon.Remove, "CallerId", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCallerIdCommand : ConnectedCmdlet
    {
        // One parameter set for the object and its columns, so Import-Csv rows bind by property name (see CallerIdTarget).

        /// <summary><para type="description">A caller ID from Get-CallerId.</para></summary>
        [Parameter(ValueFromPipeline = true, Position = 0)]
        public CallerId? InputObject { get; set; }

        /// <summary><para type="description">The caller ID's number (E.164); binds from the PhoneNumber of piped objects and CSV rows.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PhoneNumber { get; set; }

        /// <summary><para type="description">Apple Business: the caller ID's id.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Id { get; set; }

        /// <summary><para type="description">Delete without asking (for runbooks). -WhatIf still only shows what would happen.</para></summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryOptional(nameof(Id), Id, out var id)) return;
            Id = id;
            var target = (object?)InputObject ?? PhoneNumber ?? Id;
            if (!CallerIdTarget.Given(this, InputObject, PhoneNumber, Id)) return;
            var asked = new CallerIdChange { Record = InputObject, PhoneNumber = PhoneNumber, Id = Id, IsDeletion = true };
            var provider = CallerIdTarget.Provider(InputObject, Connection, PhoneNumber, Id);
            if (!TryCheck(() => ConnectionFactory.CallerIdChanges.ForDeletion(asked, provider), target, out var plan)) return;

            var connection = SingleConnection(Connection, ProviderCapability.ManageCallerIds, target, providers: plan.Providers);
            if (connection == null) return;
            var editor = connection.ClientAs<ICallerIdEditor>();
            if (!TryCheck(() => editor.Validate(plan.Change), target, out var deletion)) return;

            var name = InputObject?.Name != null ? $" '{InputObject.Name}'" : "";
            if (!Confirm($"Delete caller ID {deletion.Subject}{name} from {Describe.Account(connection)}.", $"Delete caller ID {deletion.Subject}{name}?", Force.IsPresent))
            {
                return;
            }

            if (Run(target, (output, ct) => editor.RemoveAsync(deletion, ct)))
            {
                WriteVerbose($"Deleted caller ID {deletion.Subject}.");
            }
        }
    }
}

using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.CallerIds
{
    [ConnectionCapability(ProviderCapability.ManageCallerIds)]
    [Cmdlet(VerbsCommon.Remove, "CallerId", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCallerIdCommand : ConnectedCmdlet
    {
        // One parameter set for the object and its columns, so Import-Csv rows bind by property name (see CallerIdTarget).

        [Parameter(ValueFromPipeline = true, Position = 0)]
        public CallerId? InputObject { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PhoneNumber { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Id { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryOptional(nameof(Id), Id, out var id)) return;
            Id = id;
            var target = (object?)InputObject ?? PhoneNumber ?? Id;
            if (!CallerIdTarget.Given(this, InputObject, PhoneNumber, Id) || !CallerIdTarget.Agrees(this, InputObject, PhoneNumber, Id, Connection)) return;
            var asked = new CallerIdChange { Record = InputObject, PhoneNumber = PhoneNumber, Id = Id, IsDeletion = true };
            var provider = CallerIdTarget.Provider(InputObject, Connection, PhoneNumber, Id);
            if (!TryCheck(() => ConnectionFactory.CallerIdChanges.ForDeletion(asked, provider), target, out var plan)) return;

            var connection = SingleConnection(Connection, DeclaredCapability, target, providers: plan.Providers);
            if (connection == null) return;
            var editor = connection.ClientAs<ICallerIdEditor>();
            if (!TryCheck(() => editor.Validate(plan.Change), target, out var validated)) return;
            if (!Run(target, (output, ct) => editor.IdentifyAsync(validated, ct), out var deletion)) return;

            var name = deletion.Record?.Name != null ? $" '{deletion.Record.Name}'" : "";
            if (!Confirm($"Delete caller ID {deletion.Subject}{name} from {Describe.Account(connection)}.", Force.IsPresent))
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

using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.CallerIds
{
    [ConnectionCapability(ProviderCapability.ManageCallerIds)]
    [Cmdlet(VerbsCommon.Set, "CallerId", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CallerId))]
    public sealed class SetCallerIdCommand : ConnectedCmdlet
    {
        // One parameter set for the object and its columns, so Import-Csv rows bind by property name (see CallerIdTarget).

        [Parameter(ValueFromPipeline = true)]
        public CallerId? InputObject { get; set; }

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PhoneNumber { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Id { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Alias { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Subaccount { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DepartmentCompleter))]
        public string? Department { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryOptional(nameof(Id), Id, out var id)) return;
            Id = id;
            var target = (object?)InputObject ?? PhoneNumber ?? Id;
            if (!CallerIdTarget.Given(this, InputObject, PhoneNumber, Id) || !CallerIdTarget.Agrees(this, InputObject, PhoneNumber, Id, Connection)) return;

            // Which providers' caller IDs take these fields, checked before a connection is chosen (their declarations).
            var asked = new CallerIdChange { Record = InputObject, PhoneNumber = PhoneNumber, Id = Id, Alias = Alias, Subaccount = Subaccount, Department = Department };
            var provider = CallerIdTarget.Provider(InputObject, Connection, PhoneNumber, Id);
            if (!TryCheck(() => ConnectionFactory.CallerIdChanges.ForChange(asked, provider, target), target, out var plan)) return;

            var connection = SingleConnection(Connection, DeclaredCapability, target, providers: plan.Providers);
            if (connection == null) return;
            var editor = connection.ClientAs<ICallerIdEditor>();
            if (!TryCheck(() => editor.Validate(plan.Change), target, out var validated)) return;
            if (!Run(target, (output, ct) => editor.IdentifyAsync(validated, ct), out var change)) return;

            var what = $"Set {change.DescribeValues()} on caller ID {change.Subject} of {Describe.Account(connection)}";
            if (!ShouldProcess(what + ".", what + "?", "Confirm"))
            {
                return;
            }

            Run(target, async (output, ct) =>
                await CallerIdEditOutput.WriteAsync(output, await editor.ChangeAsync(change, ct).ConfigureAwait(false), target).ConfigureAwait(false));
        }
    }
}

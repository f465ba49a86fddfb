using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.CallerIds
{
    [ConnectionCapability(ProviderCapability.BrandedCallerIds)]
    [Cmdlet(VerbsCommon.New, "CallerId", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CallerId))]
    public sealed class NewCallerIdCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PhoneNumber { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DepartmentCompleter))]
        public string? Department { get; set; }

        protected override void ProcessRecord()
        {
            // The values as the provider that creates caller IDs checks them, before a connection is chosen.
            var asked = new CallerIdChange { PhoneNumber = PhoneNumber, Department = Department };
            if (!TryCheck(() => ConnectionFactory.CallerIdChanges.ForCreation(asked).Change, PhoneNumber, out var creation)) return;
            var number = creation.PhoneNumber!;

            var connection = SingleConnection(Connection, DeclaredCapability, number);
            if (connection == null) return;
            if (!Confirm($"Create caller ID {number} ({creation.Department}) on {Describe.Account(connection)}.", force: false))
            {
                return;
            }

            Run(number, async (output, ct) =>
                await CallerIdEditOutput.WriteAsync(output, await connection.ClientAs<ICallerIdCreator>().CreateAsync(creation, ct).ConfigureAwait(false), number).ConfigureAwait(false));
        }
    }
}

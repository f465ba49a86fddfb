using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.CallerIds
{
    /// <summary>
    /// <para type="synopsis">Changes a caller ID: a Plivo caller ID's alias and subaccount, an Apple Business caller ID's department
    /// (guarded by the etag it was read with). Takes caller IDs from Get-CallerId.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CallerId", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CallerId))]
    public sealed class SetCallerIdCommand : ConnectedCmdlet
    {
        // One parameter set for the object and its columns, so Import-Csv rows bind by property name (see CallerIdTarget).

        /// <summary><para type="description">A caller ID from Get-CallerId.</para></summary>
        [Parameter(ValueFromPipeline = true)]
        public CallerId? InputObject { get; set; }

        /// <summary><para type="description">The caller ID's number (E.164); binds from the PhoneNumber of piped objects and CSV rows.</para></summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PhoneNumber { get; set; }

        /// <summary><para type="description">Apple Business: the caller ID's id (it is read first, for its etag).</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Id { get; set; }

        /// <summary><para type="description">Plivo: the new alias.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Alias { get; set; }

        /// <summary><para type="description">Plivo: the Auth ID of the subaccount to move the caller ID to (main-account credentials only).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Subaccount { get; set; }

        /// <summary><para type="description">Apple Business: the new department, e.g. department.general.support.customer_service.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DepartmentCompleter))]
        public string? Department { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryOptional(nameof(Id), Id, out var id)) return;
            Id = id;
            var target = (object?)InputObject ?? PhoneNumber ?? Id;
            if (!CallerIdTarget.Given(this, InputObject, PhoneNumber, Id)) return;

            // Which providers' caller IDs take these fields, checked before a connection is chosen (their declarations).
            var asked = new CallerIdChange { Record = InputObject, PhoneNumber = PhoneNumber, Id = Id, Alias = Alias, Subaccount = Subaccount, Department = Department };
            var provider = CallerIdTarget.Provider(InputObject, Connection, PhoneNumber, Id);
            if (!TryCheck(() => ConnectionFactory.CallerIdChanges.ForChange(asked, provider, target), target, out var plan)) return;

            var connection = SingleConnection(Connection, ProviderCapability.ManageCallerIds, target, providers: plan.Providers);
            if (connection == null) return;
            var editor = connection.ClientAs<ICallerIdEditor>();
            if (!TryCheck(() => editor.Validate(plan.Change), target, out var change)) return;

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

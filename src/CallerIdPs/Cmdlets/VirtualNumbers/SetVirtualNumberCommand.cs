using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers.IdentityCall;

namespace CallerIdPs.Cmdlets.VirtualNumbers
{
    /// <summary>
    /// <para type="synopsis">Changes an IdentityCall virtual number: its name, whether it is active, whether calls are recorded,
    /// and how its operators are rung. Takes numbers from Get-VirtualNumber; returns the updated detail record.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "VirtualNumber", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IdentityCallVirtualNumber))]
    public sealed class SetVirtualNumberCommand : ConnectedCmdlet
    {
        // One parameter set for the object and its Id column, so Import-Csv rows bind by property name.

        /// <summary><para type="description">A number from Get-VirtualNumber.</para></summary>
        [Parameter(ValueFromPipeline = true)]
        public VirtualNumber? InputObject { get; set; }

        /// <summary><para type="description">The IdentityCall number's id (e.g. 7); binds from the Id of piped objects and CSV rows.</para></summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("VirtualNumberId")]
        [ValidateNotNullOrEmpty]
        public string? Id { get; set; }

        /// <summary><para type="description">The number's new display name.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">-Active turns the number on, -Active:$false off.</para></summary>
        [Parameter]
        public SwitchParameter Active { get; set; }

        /// <summary><para type="description">-Recording records calls, -Recording:$false stops recording.</para></summary>
        [Parameter]
        public SwitchParameter Recording { get; set; }

        /// <summary><para type="description">How operators are rung: Priority (in order), RoundRobin (taking turns) or Simultaneous (all at once).</para></summary>
        [Parameter]
        [ProviderSpelling(typeof(RoutingStrategy))]
        public RoutingStrategy? RoutingStrategy { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)InputObject ?? Id;
            if (target == null)
            {
                WriteFailure(CallerIdException.InvalidInputFor("Say which number: pipe it from Get-VirtualNumber (or Import-Csv), or give -Id.", null), null);
                return;
            }

            if (InputObject != null && InputObject.Provider != ProviderKind.IdentityCall)
            {
                WriteFailure(new CallerIdException(
                    CallerIdErrorKind.NotSupported,
                    $"{InputObject.Provider.DisplayName()} numbers cannot be changed by this version of the module; Set-VirtualNumber works with IdentityCall numbers.")
                {
                    Provider = InputObject.Provider.DisplayName(),
                }, target);
                return;
            }

            var changes = new VirtualNumberChanges
            {
                Name = Name,
                Active = Bound(nameof(Active)) ? Active.IsPresent : (bool?)null,
                Recording = Bound(nameof(Recording)) ? Recording.IsPresent : (bool?)null,
                RoutingStrategy = RoutingStrategy,
            };
            if (changes.IsEmpty)
            {
                WriteFailure(CallerIdException.InvalidInputFor("Nothing to change: give -Name, -Active, -Recording and/or -RoutingStrategy.", target), target);
                return;
            }

            var connection = SingleConnection(Connection, ProviderCapability.ManageVirtualNumbers, target);
            if (connection == null) return;
            var id = InputObject?.Id ?? Id!;
            var number = InputObject != null ? $"{InputObject.PhoneNumber} (id {id})" : $"virtual number {id}";
            var change = $"Change {number} on {Describe.Account(connection)}: {changes.Describe()}";
            if (!ShouldProcess(change + ".", change + "?", "Confirm"))
            {
                return;
            }

            if (Run(target, (output, ct) => connection.ClientAs<IdentityCallClient>().UpdateVirtualNumberAsync(id, changes, ct), out var updated))
            {
                WriteObject(updated);
            }
        }

        private bool Bound(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);
    }
}

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
    [Cmdlet(VerbsCommon.Set, "VirtualNumber", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ObjectSet)]
    [OutputType(typeof(IdentityCallVirtualNumber))]
    public sealed class SetVirtualNumberCommand : ConnectedCmdlet
    {
        private const string ObjectSet = "InputObject";
        private const string IdSet = "Id";

        /// <summary><para type="description">A number from Get-VirtualNumber.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = ObjectSet, ValueFromPipeline = true)]
        public VirtualNumber? InputObject { get; set; }

        /// <summary><para type="description">The IdentityCall number's id (e.g. 7).</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = IdSet, Position = 0)]
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
            if (!ShouldProcess($"Set {changes.Describe()} on {number} of {Describe.Account(connection)}", $"Set {changes.Describe()} on {number}?", "Confirm"))
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

using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.VirtualNumbers
{
    [ConnectionCapability(ProviderCapability.ManageVirtualNumbers)]
    [Cmdlet(VerbsCommon.Set, "VirtualNumber", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VirtualNumber))]
    public sealed class SetVirtualNumberCommand : ConnectedCmdlet
    {
        // One parameter set for the object and its Id column, so Import-Csv rows bind by property name.

        [Parameter(ValueFromPipeline = true)]
        public VirtualNumber? InputObject { get; set; }

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("VirtualNumberId")]
        [ValidateNotNullOrEmpty]
        public string? Id { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        public SwitchParameter Active { get; set; }

        [Parameter]
        public SwitchParameter Recording { get; set; }

        [Parameter]
        [ProviderSpelling(typeof(RoutingStrategy))]
        public RoutingStrategy? RoutingStrategy { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Subaccount { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ApplicationId { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)InputObject ?? Id;
            if (target == null)
            {
                WriteNothingToActOn("Say which number: pipe it from Get-VirtualNumber (or Import-Csv), or give -Id.");
                return;
            }

            if (InputObject != null && !ConnectionFactory.Supports(InputObject.Provider, DeclaredCapability))
            {
                WriteFailure(NotChangeable(InputObject.Provider.DisplayName()), target);
                return;
            }

            var changes = new VirtualNumberChanges
            {
                Name = Name,
                Active = Bound(nameof(Active)) ? Active.IsPresent : (bool?)null,
                Recording = Bound(nameof(Recording)) ? Recording.IsPresent : (bool?)null,
                RoutingStrategy = RoutingStrategy,
                Subaccount = Subaccount,
                ApplicationId = ApplicationId,
            };
            if (changes.IsEmpty)
            {
                WriteFailure(CallerIdException.InvalidInputFor("Nothing to change: give -Name, -Active, -Recording, -RoutingStrategy, -Subaccount and/or -ApplicationId.", target), target);
                return;
            }

            var connection = InputObject == null && Id != null && Connection == null ? IssuerOf(Id, DeclaredCapability) : null;
            connection ??= SingleConnection(Connection, DeclaredCapability, target, InputObject?.Provider);
            if (connection == null) return;
            if (!(connection.Client is IVirtualNumberEditor editor))
            {
                WriteFailure(NotChangeable(connection.ProviderName), target);
                return;
            }

            var refused = editor.CannotChange(changes);
            if (refused != null)
            {
                WriteFailure(refused.ToError(), target);
                return;
            }

            var id = InputObject?.Id ?? Id!;
            if (!TryCheck(() => { editor.CheckChange(id, changes); return true; }, target, out _)) return;
            var number = InputObject != null ? (InputObject.Id == InputObject.PhoneNumber ? InputObject.PhoneNumber : $"{InputObject.PhoneNumber} (id {id})") : $"virtual number {id}";
            var change = $"Change {number} on {Describe.Account(connection)}: {changes.Describe()}";
            if (!ShouldProcess(change + ".", change + "?", "Confirm"))
            {
                return;
            }

            if (Run(target, (output, ct) => editor.UpdateVirtualNumberAsync(id, changes, ct), out var updated))
            {
                WriteObject(updated);
            }
        }

        private static CallerIdException NotChangeable(string provider) =>
            new CallerIdException(
                CallerIdErrorKind.NotSupported,
                $"{provider} numbers cannot be changed by this version of the module; Set-VirtualNumber works with {ProviderList.ThatCan(ProviderCapability.ManageVirtualNumbers)} numbers.")
            {
                Provider = provider,
            };

        private bool Bound(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);
    }
}

using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.VirtualNumbers
{
    [ConnectionCapability(ProviderCapability.ReleaseVirtualNumbers)]
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
        [ArgumentCompleter(typeof(VirtualNumberIdCompleter))]
        public string? Id { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)InputObject ?? Id;
            if (InputObject != null && !ConnectionFactory.Supports(InputObject.Provider, DeclaredCapability))
            {
                WriteFailure(new CallerIdException(
                    CallerIdErrorKind.NotSupported,
                    $"{InputObject.Provider.DisplayName()} numbers cannot be released through its API; release {InputObject.PhoneNumber} in the provider's portal."), InputObject);
                return;
            }

            var connection = Id != null && Connection == null ? IssuerOf(Id, DeclaredCapability) : null;
            connection ??= SingleConnection(Connection, DeclaredCapability, target, InputObject?.Provider);
            if (connection == null)
            {
                return;
            }

            var number = InputObject;
            if (number == null && !Run(Id, (output, ct) => connection.ClientAs<IVirtualNumberSource>().GetVirtualNumberAsync(Id!, ct), out number))
            {
                return;
            }

            var releaser = connection!.ClientAs<IVirtualNumberReleaser>();
            var id = number!.Id == number.PhoneNumber ? "" : $" ({number.Id})";
            var rent = number.MonthlyPrice.HasValue ? $", rented for {Describe.Money(number.MonthlyPrice.Value, number.Currency ?? "")} a month," : "";
            var consequence = releaser.ReleaseConsequence(number);
            var description = $"Release {number.PhoneNumber}{id}{rent} from {Describe.Account(connection)}. {consequence}";
            if (!Confirm(description, Force.IsPresent))
            {
                return;
            }

            if (Run(target, (output, ct) => releaser.ReleaseVirtualNumberAsync(number, ct)))
            {
                SeenValues.Gone(connection!, SeenKind.VirtualNumberId, number.Id);
                SeenValues.Gone(connection!, SeenKind.OwnedPhoneNumber, number.PhoneNumber);
                WriteVerbose($"Released {number.PhoneNumber} from {Describe.Account(connection)}.");
            }
        }
    }
}

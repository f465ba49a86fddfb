using System;
using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.Numbers
{
    [ConnectionCapability(ProviderCapability.ReserveNumbers)]
    [Cmdlet(VerbsCommon.Remove, "NumberReservation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ObjectSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveNumberReservationCommand : ConnectedCmdlet
    {
        private const string ObjectSet = "InputObject";
        private const string IdSet = "Id";

        [Parameter(Mandatory = true, ParameterSetName = ObjectSet, ValueFromPipeline = true, Position = 0)]
        public NumberReservation? InputObject { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        [Alias("ReservationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ReservationIdCompleter))]
        public string? Id { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)InputObject ?? Id;
            var connection = SingleConnection(Connection, DeclaredCapability, target);
            if (connection == null) return;

            var reservation = InputObject;
            if (reservation != null && reservation.IsExpiredAt(DateTimeOffset.UtcNow))
            {
                WriteWarning($"The reservation of {reservation.PhoneNumber} ({reservation.Id}) expired at {DateText.Of(reservation.ExpiresAt)}; there is nothing to cancel.");
                return;
            }

            if (reservation == null)
            {
                if (!Run(Id, (output, ct) => connection.ClientAs<INumberReservations>().FindReservationAsync(Id!, ct), out reservation))
                {
                    return;
                }

                if (reservation == null)
                {
                    WriteFailure(new CallerIdException(
                        CallerIdErrorKind.NotFound,
                        $"There is no active reservation {Id} on {Describe.Account(connection)}: it expired, was bought or was cancelled.",
                        "Get-NumberReservation lists the active reservations.") { OffendingValue = Id }, Id);
                    return;
                }
            }

            var until = reservation.ExpiresAt.HasValue ? $", held until {DateText.Of(reservation.ExpiresAt.Value)}" : "";
            var description = $"Cancel the reservation of {reservation.PhoneNumber} ({reservation.Id}{until}) on {Describe.Account(connection)}.";
            if (!Confirm(description, Force.IsPresent))
            {
                return;
            }

            if (Run(target, (output, ct) => connection.ClientAs<INumberReservations>().CancelReservationAsync(reservation.Id, ct)))
            {
                SeenValues.Gone(connection, SeenKind.ReservationId, reservation.Id);
                WriteVerbose($"Cancelled the reservation of {reservation.PhoneNumber}.");
            }
        }
    }
}

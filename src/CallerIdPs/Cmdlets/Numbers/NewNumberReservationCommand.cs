using System;
using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Validation;

namespace CallerIdPs.Cmdlets.Numbers
{
    [ConnectionCapability(ProviderCapability.ReserveNumbers)]
    [Cmdlet(VerbsCommon.New, "NumberReservation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(NumberReservation))]
    public sealed class NewNumberReservationCommand : ConnectedCmdlet
    {
        // One parameter set for objects and their columns: with several pipeline sets PowerShell settles on one before it
        // sees the input, and CSV rows (GroupId, PhoneNumber) then fail to bind. Which one was given is checked below.

        [Parameter(ValueFromPipeline = true)]
        public NumberGroup? Group { get; set; }

        [Parameter(ValueFromPipeline = true)]
        public AvailableNumber? AvailableNumber { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NumberGroupIdCompleter))]
        public string? GroupId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PhoneNumber { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)AvailableNumber ?? (object?)Group ?? GroupId;
            if (!TryOptional(nameof(PhoneNumber), PhoneNumber, out var phoneNumber)) return;
            var conflict = InputConflicts.OneOf(this, "reserve", "number", (nameof(Group), Group), (nameof(AvailableNumber), AvailableNumber), (nameof(GroupId), GroupId))
                ?? InputConflicts.OneOf(this, "reserve", "number", (nameof(PhoneNumber), phoneNumber), (nameof(Group), Group), (nameof(AvailableNumber), AvailableNumber));
            if (conflict != null)
            {
                WriteFailure(conflict, conflict.OffendingValue);
                return;
            }

            // Checked before the confirmation, so -WhatIf shows only what a real run would send.
            if (GroupId != null && !TryCheck(() => Guard.Id(GroupId, nameof(GroupId)), GroupId, out _)) return;
            if (phoneNumber != null && !TryCheck(() => Guard.PhoneNumber(phoneNumber), phoneNumber, out phoneNumber)) return;
            if (AvailableNumber == null && Group == null && GroupId == null)
            {
                WriteNothingToActOn("Say what to reserve: pipe a group from Find-NumberGroup or a number from Get-AvailableNumber, or give -GroupId (and -PhoneNumber).");
                return;
            }

            if (AvailableNumber != null && !ConnectionFactory.Supports(AvailableNumber.Provider, DeclaredCapability))
            {
                WriteFailure(NoReservations(AvailableNumber), AvailableNumber);
                return;
            }

            var connection = SingleConnection(Connection, DeclaredCapability, target);
            if (connection == null) return;
            var reservations = connection.ClientAs<INumberReservations>();
            var chosen = AvailableNumber == null
                ? new NumberToReserve(Group?.Id ?? GroupId!, Group, Group == null ? phoneNumber : null)
                : reservations.ToReserve(AvailableNumber);
            if (chosen == null)
            {
                WriteFailure(NoReservations(AvailableNumber!), AvailableNumber);
                return;
            }

            var groupId = chosen.GroupId;
            var group = chosen.Group;
            var number = chosen.PhoneNumber;
            var what = number == null ? $"a random number of group {groupId}" : number;
            var where = group == null ? "" : Describe.Where(group.Location, group.Type, group.Country);
            var price = group == null ? "" : $", {Describe.Price(group.SetupPrice, group.MonthlyPrice, group.Currency)} if bought";
            if (!Confirm($"Reserve {what}{where} on {Describe.Account(connection)}{price}.", force: false))
            {
                return;
            }

            if (Run(target, (output, ct) => reservations.ReserveAsync(groupId, group, number, ct), out var reservation))
            {
                WriteVerbose($"Reserved {reservation.PhoneNumber} until {DateText.Of(reservation.ExpiresAt)} (reservation {reservation.Id}).");
                WriteObject(reservation);
            }
        }

        private static CallerIdException NoReservations(AvailableNumber number) =>
            new CallerIdException(
                CallerIdErrorKind.NotSupported,
                $"{number.Provider.DisplayName()} does not reserve numbers; buy {number.PhoneNumber} directly with Invoke-NumberPurchase.");
    }
}

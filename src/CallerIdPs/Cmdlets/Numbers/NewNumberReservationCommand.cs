using System;
using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Cmdlets.Numbers
{
    /// <summary><para type="synopsis">Holds a number for the account until the reservation expires: a random number of a group, or a chosen available number.</para></summary>
    [Cmdlet(VerbsCommon.New, "NumberReservation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(NumberReservation))]
    public sealed class NewNumberReservationCommand : ConnectedCmdlet
    {
        // One parameter set for objects and their columns: with several pipeline sets PowerShell settles on one before it
        // sees the input, and CSV rows (GroupId, PhoneNumber) then fail to bind. Which one was given is checked below.

        /// <summary><para type="description">A group from Find-NumberGroup: a random number of it is reserved.</para></summary>
        [Parameter(ValueFromPipeline = true)]
        public NumberGroup? Group { get; set; }

        /// <summary><para type="description">A number from Get-AvailableNumber: that number is reserved.</para></summary>
        [Parameter(ValueFromPipeline = true)]
        public AvailableNumber? AvailableNumber { get; set; }

        /// <summary><para type="description">The 2Chat group's id; binds from the GroupId of piped objects and CSV rows.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? GroupId { get; set; }

        /// <summary><para type="description">The number to reserve (E.164); left out, a random number of the group.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PhoneNumber { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)AvailableNumber ?? (object?)Group ?? GroupId;
            if (!TryOptional(nameof(PhoneNumber), PhoneNumber, out var phoneNumber)) return;
            string groupId;
            NumberGroup? group;
            string? number;
            switch (AvailableNumber)
            {
                case null when Group == null && GroupId == null:
                    WriteFailure(CallerIdException.InvalidInputFor("Say what to reserve: pipe a group from Find-NumberGroup or a number from Get-AvailableNumber, or give -GroupId (and -PhoneNumber).", null), null);
                    return;
                case null:
                    groupId = Group?.Id ?? GroupId!;
                    group = Group;
                    number = Group == null ? phoneNumber : null;
                    break;
                case TwoChatAvailableNumber twoChat:
                    groupId = twoChat.GroupId;
                    group = twoChat.Group;
                    number = twoChat.PhoneNumber;
                    break;
                default:
                    WriteFailure(new CallerIdException(
                        CallerIdErrorKind.NotSupported,
                        $"{AvailableNumber.Provider.DisplayName()} does not reserve numbers; buy {AvailableNumber.PhoneNumber} directly with Invoke-NumberPurchase."), AvailableNumber);
                    return;
            }

            var connection = SingleConnection(Connection, ProviderCapability.ReserveNumbers, target);
            if (connection == null) return;

            var what = number == null ? $"a random number of group {groupId}" : number;
            var where = group == null ? "" : Describe.Where(group.Location, group.Type, group.Country);
            var price = group == null ? "" : $", {Describe.Price(group.SetupPrice, group.MonthlyPrice, group.Currency)} if bought";
            if (!ShouldProcess($"Reserve {what}{where} on {Describe.Account(connection)}{price}.", $"Reserve {what}?", "Confirm"))
            {
                return;
            }

            if (Run(target, (output, ct) => connection.ClientAs<INumberReservations>().ReserveAsync(groupId, group, number, ct), out var reservation))
            {
                WriteVerbose($"Reserved {reservation.PhoneNumber} until {reservation.ExpiresAt?.ToLocalTime():t} (reservation {reservation.Id}).");
                WriteObject(reservation);
            }
        }
    }
}

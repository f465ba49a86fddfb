using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>What New-NumberReservation reserves: a random number of a group, or one number of it. The group, when
    /// known, completes the reservation's price and requirements and is named in the confirmation.</summary>
    public sealed class NumberToReserve
    {
        public NumberToReserve(string groupId, NumberGroup? group, string? phoneNumber)
        {
            GroupId = groupId;
            Group = group;
            PhoneNumber = phoneNumber;
        }

        public string GroupId { get; }

        public NumberGroup? Group { get; }

        /// <summary>Null for a random number of the group.</summary>
        public string? PhoneNumber { get; }
    }
}

using System;
using System.Collections.Generic;

namespace CallerIdPs.Model
{
    /// <summary>A number held for the account until <see cref="ExpiresAt"/>, ready to buy.</summary>
    public sealed class NumberReservation : ProviderRecord
    {
        public string Id { get; internal set; } = "";

        /// <summary>Same as <see cref="Id"/>: the name under which Invoke-NumberPurchase and Remove-NumberReservation bind it (from CSV too).</summary>
        public string ReservationId => Id;

        public string PhoneNumber { get; internal set; } = "";

        public string? GroupId { get; internal set; }

        public string? Country { get; internal set; }

        public NumberType? Type { get; internal set; }

        public string? Location { get; internal set; }

        public decimal? SetupPrice { get; internal set; }

        public decimal? MonthlyPrice { get; internal set; }

        public decimal? PerMinutePrice { get; internal set; }

        public string Currency { get; internal set; } = "USD";

        public DateTimeOffset? CreatedAt { get; internal set; }

        public DateTimeOffset? ExpiresAt { get; internal set; }

        /// <summary>The number must be registered (documents) with the provider after purchase.</summary>
        public bool? NeedsRegistration { get; internal set; }

        public bool? SupportsSmsIn { get; internal set; }

        public bool? SupportsSmsOut { get; internal set; }

        /// <summary>The requirements of the group, when the reservation was made from a group in this session.</summary>
        public IReadOnlyList<NumberRequirement> Requirements { get => _requirements; internal set => _requirements = TextList.Requirements(value); }

        private IReadOnlyList<NumberRequirement> _requirements = TextList.Requirements(null);

        public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt.HasValue && ExpiresAt.Value <= now;

        public override string ToString() => PhoneNumber;
    }
}

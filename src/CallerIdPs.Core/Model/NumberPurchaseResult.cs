using System;

namespace CallerIdPs.Model
{
    public enum PurchaseStatus
    {
        /// <summary>The number is the account's.</summary>
        Purchased,
        /// <summary>The provider accepted the order and finishes it later.</summary>
        Pending,
    }

    /// <summary>The outcome of buying one number.</summary>
    public sealed class NumberPurchaseResult : ProviderRecord
    {
        public string PhoneNumber { get; internal set; } = "";

        public PurchaseStatus Status { get; internal set; }

        /// <summary>The id of the number now owned (2Chat DID…, IdentityCall numeric id), when the provider told it.</summary>
        public string? VirtualNumberId { get; internal set; }

        /// <summary>The owned number, as Get-VirtualNumber would show it, when the provider returned it.</summary>
        public VirtualNumber? VirtualNumber { get; internal set; }

        public string? Name { get; internal set; }

        public string? Country { get; internal set; }

        public string? GroupId { get; internal set; }

        public string? ReservationId { get; internal set; }

        public decimal? SetupPrice { get; internal set; }

        public decimal? MonthlyPrice { get; internal set; }

        public string Currency { get; internal set; } = "USD";

        public string? Message { get; internal set; }

        public DateTimeOffset PurchasedAt { get; internal set; }

        public override string ToString() => PhoneNumber;
    }
}

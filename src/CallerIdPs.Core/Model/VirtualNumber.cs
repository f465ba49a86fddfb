using System;

namespace CallerIdPs.Model
{
    /// <summary>A number the account owns. Every provider's numbers share these properties, so one stream can hold them all.</summary>
    public abstract class VirtualNumber : ProviderRecord
    {
        public string Id { get; internal set; } = "";

        public string PhoneNumber { get; internal set; } = "";

        public string? Name { get; internal set; }

        public string? Country { get; internal set; }

        public bool Active { get; internal set; }

        public DateTimeOffset? CreatedAt { get; internal set; }

        /// <summary>False for a record the account no longer holds (released, being released): it proves no purchase.</summary>
        internal virtual bool HeldByAccount => true;

        /// <summary>The provider's status, for evidence text, when it has one.</summary>
        internal virtual string? HeldStatus => null;

        public NumberType? Type { get; internal set; }

        /// <summary>The rent, when the provider states it on the number.</summary>
        public decimal? MonthlyPrice { get; internal set; }

        public string Currency { get; internal set; } = "USD";

        /// <summary>The next date the rent is charged, when the provider states it.</summary>
        public DateTimeOffset? RenewsAt { get; internal set; }

        public override string ToString() => PhoneNumber;
    }

    public enum VirtualNumberStatus
    {
        Active,
        AwaitingRegistration,
        PendingActivation,
        PendingCancellation,
        Released,
        Unknown,
    }

    /// <summary>A 2Chat virtual number (GET /open/voip/virtual-numbers).</summary>
    public sealed class TwoChatVirtualNumber : VirtualNumber
    {
        public string? FormattedNumber { get; internal set; }
        public string? Region { get; internal set; }
        public string? Emoji { get; internal set; }
        public bool IsTollFree { get; internal set; }
        public bool RecordInbound { get; internal set; }
        public bool PricedPerMinute { get; internal set; }
        public decimal? IncomingPricePerMinute { get; internal set; }
        public string? IvrId { get; internal set; }
        public string? TimeZone { get; internal set; }
        public VirtualNumberStatus Status { get; internal set; }
        public int? StatusCode { get; internal set; }
        public string? AccountId { get; internal set; }
        public DateTimeOffset? UpdatedAt { get; internal set; }
        public DateTimeOffset? ExpiresAt { get; internal set; }

        internal override bool HeldByAccount => Status != VirtualNumberStatus.Released && Status != VirtualNumberStatus.PendingCancellation;

        internal override string? HeldStatus => Status.ToString();
    }
}

using System;

namespace CallerIdPs.Model
{
    /// <summary>A number the account owns. Every provider's numbers share these properties, so one stream can hold them all.</summary>
    public abstract class VirtualNumber : ProviderRecord
    {
        private VirtualNumberStatus? _status;

        public string Id { get; internal set; } = "";

        public string PhoneNumber { get; internal set; } = "";

        public string? Name { get; internal set; }

        public string? Country { get; internal set; }

        public bool Active { get; internal set; }

        public DateTimeOffset? CreatedAt { get; internal set; }

        /// <summary>Where the number is in its life; providers without states (IdentityCall) give Active or Inactive from <see cref="Active"/>.</summary>
        public VirtualNumberStatus Status
        {
            get => _status ?? (Active ? VirtualNumberStatus.Active : VirtualNumberStatus.Inactive);
            internal set => _status = value;
        }

        public NumberType? Type { get; internal set; }

        /// <summary>The monthly rent, when the provider's list states it; null when it does not (2Chat and IdentityCall lists do not).</summary>
        public decimal? MonthlyPrice { get; internal set; }

        /// <summary>ISO 4217 code of the number's prices.</summary>
        public string? Currency { get; internal set; }

        /// <summary>The next renewal (billing) date, when the provider states one.</summary>
        public DateTimeOffset? RenewsAt { get; internal set; }

        /// <summary>When the paid period ends (2Chat's expires_at).</summary>
        public DateTimeOffset? ExpiresAt { get; internal set; }

        /// <summary>False for a record the account no longer holds (released, being released): it proves no purchase.</summary>
        internal bool HeldByAccount => Status != VirtualNumberStatus.Released && Status != VirtualNumberStatus.PendingCancellation;

        /// <summary>The provider's status, for evidence text, when it has one.</summary>
        internal string? HeldStatus => _status?.ToString();

        /// <summary>On the account but not usable yet (documents, activation, switched off): a purchase that found it is Pending.</summary>
        internal bool Waiting =>
            Status == VirtualNumberStatus.PendingActivation || Status == VirtualNumberStatus.AwaitingRegistration
            || Status == VirtualNumberStatus.PendingDocuments || Status == VirtualNumberStatus.Inactive;

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
        /// <summary>Owned but switched off (IdentityCall's active:false).</summary>
        Inactive,
        /// <summary>Bought, waiting for the regulator's documents before it is switched on.</summary>
        PendingDocuments,
    }
}

using System;
using System.Globalization;

namespace CallerIdPs.Model
{
    /// <summary>One place a number is rented: the provider, the connection (account), its status, what it costs and when it renews.</summary>
    public sealed class NumberRental
    {
        internal NumberRental(VirtualNumber number)
        {
            Number = number;
        }

        public ProviderKind Provider => Number.Provider;

        public string ConnectionName => Number.ConnectionName;

        public VirtualNumberStatus Status => Number.Status;

        public decimal? MonthlyPrice => Number.MonthlyPrice;

        public string? Currency => Number.Currency;

        /// <summary>The renewal date, or the end of the paid period when the provider gives no renewal date.</summary>
        public DateTimeOffset? RenewsAt => Earliest(Number.RenewsAt, Number.ExpiresAt);

        /// <summary>The virtual number as Get-VirtualNumber returns it.</summary>
        public VirtualNumber Number { get; }

        /// <summary>Released, or asked to be (2Chat's PENDING_CANCELLATION): no longer the account's to present.</summary>
        public bool IsReleasing => Status == VirtualNumberStatus.Released || Status == VirtualNumberStatus.PendingCancellation;

        public bool IsPendingDocuments => Status == VirtualNumberStatus.AwaitingRegistration || Status == VirtualNumberStatus.PendingDocuments;

        /// <summary>The status in at most 12 characters, as the inventory table shows it under the connection.</summary>
        internal string ShortStatus
        {
            get
            {
                switch (Status)
                {
                    case VirtualNumberStatus.PendingCancellation: return "Releasing";
                    case VirtualNumberStatus.AwaitingRegistration:
                    case VirtualNumberStatus.PendingDocuments: return "AwaitingDocs";
                    case VirtualNumberStatus.PendingActivation: return "Activating";
                    default: return Status.ToString();
                }
            }
        }

        public override string ToString()
        {
            var text = $"{ConnectionName} {Status}";
            if (MonthlyPrice.HasValue) text += string.Format(CultureInfo.InvariantCulture, " {0:0.00} {1}/month", MonthlyPrice.Value, Currency);
            if (RenewsAt.HasValue) text += (Number.RenewsAt.HasValue && !IsReleasing ? " renews " : " expires ") + RenewsAt.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return text;
        }

        internal static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
            !a.HasValue ? b : !b.HasValue ? a : a.Value <= b.Value ? a : b;
    }
}

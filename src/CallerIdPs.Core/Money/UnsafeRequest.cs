using CallerIdPs.Journal;

namespace CallerIdPs.Money
{
    /// <summary>A request that spends or deletes, described for the journal, the stop notice and the OutcomeUnknown hint.</summary>
    public sealed class UnsafeRequest
    {
        public UnsafeRequest(JournalOperation operation, string subject, string whatToCheck)
        {
            Operation = operation;
            Subject = subject;
            WhatToCheck = whatToCheck;
        }

        /// <summary>The purchase of <paramref name="phone"/> at its stated price; what to check is the number on the connection.</summary>
        public static UnsafeRequest Purchase(string phone, string connectionName, decimal? setupPrice, decimal? monthlyPrice, string? currency) =>
            new UnsafeRequest(JournalOperation.Purchase, phone, $"Get-VirtualNumber -Connection {connectionName} -PhoneNumber {phone}")
            {
                SetupPrice = setupPrice,
                MonthlyPrice = monthlyPrice,
                Currency = currency,
            };

        public JournalOperation Operation { get; }

        /// <summary>The number (E.164) or id the request is about.</summary>
        public string Subject { get; }

        /// <summary>The command that shows whether it happened, e.g. "Get-VirtualNumber -Connection TwoChat | Where-Object PhoneNumber -eq '+1…'".</summary>
        public string WhatToCheck { get; }

        public decimal? SetupPrice { get; set; }

        public decimal? MonthlyPrice { get; set; }

        public string? Currency { get; set; }

        /// <summary>Said when the account proves the request did not happen, e.g. that a reservation still holds the number.</summary>
        public string? WhenNotDone { get; set; }

        /// <summary>"purchase of +14155550100".</summary>
        public string Describe() => $"{Words(Operation)} {Subject}";

        internal static string Words(JournalOperation operation)
        {
            switch (operation)
            {
                case JournalOperation.Purchase: return "purchase of";
                case JournalOperation.Reservation: return "reservation of";
                case JournalOperation.ReservationRemoval: return "cancellation of reservation";
                case JournalOperation.Release: return "release of";
                case JournalOperation.Deletion: return "deletion of";
                default: return "verification start for";
            }
        }
    }
}

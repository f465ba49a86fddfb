using System;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Journal
{
    /// <summary>What a request that spends or deletes was meant to do.</summary>
    public enum JournalOperation
    {
        Purchase,
        Reservation,
        ReservationRemoval,
        Release,
        Deletion,
        VerificationStart,
    }

    /// <summary>How such a request ended, as far as the module knows.</summary>
    public enum JournalOutcome
    {
        /// <summary>The provider said it was done.</summary>
        Succeeded,
        /// <summary>The provider said no: nothing happened.</summary>
        Refused,
        /// <summary>The answer was lost and the account could not prove either way (or the request is still in flight).</summary>
        Unknown,
        /// <summary>The answer was lost, and the account shows it happened.</summary>
        SettledBought,
        /// <summary>The answer was lost, and the account shows, over the whole settling window, that it did not happen.</summary>
        SettledNotBought,
    }

    /// <summary>One request that spent or deleted (or tried to), as Get-CallerIdJournal shows it and the journal file keeps it.</summary>
    public sealed class JournalEntry
    {
        /// <summary>Stable across the entry's two lines in the file (sent, then settled): the later one wins.</summary>
        public Guid Id { get; set; } = Guid.NewGuid();

        public DateTimeOffset Time { get; set; }

        public string ConnectionName { get; set; } = "";

        public ProviderKind Provider { get; set; }

        /// <summary>The account the request went to (2Chat account, Plivo Auth ID, Apple brand…); repeats are refused per account.</summary>
        public string Account { get; set; } = "";

        public JournalOperation Operation { get; set; }

        /// <summary>The number (E.164) or id the request was about.</summary>
        public string Subject { get; set; } = "";

        /// <summary>The subject when it is a phone number (E.164), so journal entries filter and join like every other number.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public string? PhoneNumber => Subject.StartsWith("+", StringComparison.Ordinal) && Subject.Length > 1 && Subject.Skip(1).All(char.IsDigit) ? Subject : null;

        public decimal? SetupPrice { get; set; }

        public decimal? MonthlyPrice { get; set; }

        public string? Currency { get; set; }

        /// <summary>The provider's request id, when it sent one.</summary>
        public string? RequestId { get; set; }

        public JournalOutcome Outcome { get; set; } = JournalOutcome.Unknown;

        /// <summary>What the outcome rests on: the provider's answer, or what the account checks found.</summary>
        public string Evidence { get; set; } = "";

        public DateTimeOffset? CompletedAt { get; set; }

        /// <summary>Where the entry came from: this session, or the journal file read at connect.</summary>
        public string? JournalPath { get; set; }

        /// <summary>True when the journal shows the number may be the account's because of this request.</summary>
        internal bool MayHaveBought =>
            Operation == JournalOperation.Purchase
            && (Outcome == JournalOutcome.Succeeded || Outcome == JournalOutcome.Unknown || Outcome == JournalOutcome.SettledBought);

        /// <summary>The command that shows whether it happened, for the notice after Ctrl+C (not kept in the file).</summary>
        internal string WhatToCheck { get; set; } = "";

        internal JournalEntry Copy() => (JournalEntry)MemberwiseClone();

        public override string ToString() => $"{Operation} {Subject}: {Outcome}";
    }
}

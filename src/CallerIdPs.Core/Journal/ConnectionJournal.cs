using System;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Money;

namespace CallerIdPs.Journal
{
    /// <summary>One connection's view of the session journal: stamps entries with the connection and account, and
    /// appends them to the connection's journal file when it has one.</summary>
    public sealed class ConnectionJournal
    {
        private readonly CallerIdJournal _journal;
        private readonly JournalFile? _file;

        internal ConnectionJournal(CallerIdJournal journal, ProviderKind provider, string connectionName, string? path)
        {
            _journal = journal;
            Provider = provider;
            ConnectionName = connectionName;
            AccountShown = $"{provider.DisplayName()} account";
            _file = string.IsNullOrWhiteSpace(path) ? null : new JournalFile(path!);
        }

        /// <summary>A journal of its own, for clients opened outside a PowerShell session (tests, benchmarks).</summary>
        internal static ConnectionJournal Detached(ProviderKind provider, string connectionName) =>
            new ConnectionJournal(new CallerIdJournal(), provider, connectionName, null);

        public ProviderKind Provider { get; }

        public string ConnectionName { get; }

        /// <summary>Who the requests go to, as the provider names the account; known once the connection described itself.</summary>
        public string Account { get; internal set; } = "";

        /// <summary>The account in the words prompts use ("2Chat account 'Acme' (connection 'TwoChat')"), for messages.</summary>
        internal string AccountShown { get; set; }

        public string? Path => _file?.Path;

        /// <summary>This connection's entries in the session journal.</summary>
        internal System.Collections.Generic.IReadOnlyList<JournalEntry> Entries =>
            System.Linq.Enumerable.ToList(System.Linq.Enumerable.Where(_journal.Entries, e => e.ConnectionName == ConnectionName));

        /// <summary>Lines of the journal file that could not be read at connect (torn, or not journal entries); what they
        /// recorded is not known to the repeat check.</summary>
        public int UnreadableLines { get; private set; }

        /// <summary>Fails before any request is sent when the journal file could not take the entry of a purchase later.</summary>
        internal void CheckWritable() => _file?.CheckWritable();

        /// <summary>Reads the journal file into the session journal, so a rerun remembers what an earlier run sent.</summary>
        internal void Load()
        {
            if (_file == null) return;
            _journal.Import(_file.Read(out var unreadable));
            UnreadableLines = unreadable;
        }

        /// <summary>Refuses a purchase of a number the journal shows bought, or perhaps bought, on this account.</summary>
        public void RefuseRepeat(string number, bool allowRepeat)
        {
            if (allowRepeat) return;
            var earlier = _journal.PurchaseOf(Account, number);
            if (earlier == null) return;
            var where = earlier.JournalPath != null ? $" (journal {earlier.JournalPath})" : "";
            throw new CallerIdException(
                CallerIdErrorKind.AlreadyAttempted,
                $"{number} was already bought, or perhaps bought, on {AccountShown} at {DateText.Of(earlier.Time)}{where}: {earlier.Outcome}. {earlier.Evidence}",
                $"Check the account first (Get-VirtualNumber -Connection {ConnectionName} | Where-Object PhoneNumber -eq '{number}'); pass -AllowRepeat only if you mean to buy it again.")
            {
                // No OffendingValue: the error is about the record being bought (the cmdlet's target), like its other errors.
                Provider = Provider.DisplayName(),
            };
        }

        internal JournalEntry Begin(UnsafeRequest request)
        {
            var entry = new JournalEntry
            {
                Time = DateTimeOffset.Now,
                ConnectionName = ConnectionName,
                Provider = Provider,
                Account = Account,
                Operation = request.Operation,
                Subject = request.Subject,
                SetupPrice = request.SetupPrice,
                MonthlyPrice = request.MonthlyPrice,
                Currency = request.Currency,
                Outcome = JournalOutcome.Unknown,
                Evidence = "Sent; no answer yet.",
                JournalPath = Path,
                WhatToCheck = request.WhatToCheck,
            };
            try
            {
                _file?.Append(entry);
            }
            catch (CallerIdException e)
            {
                // Not sent, so not in the journal: an entry left Unknown would refuse the retry as AlreadyAttempted.
                throw new CallerIdException(e.Kind, $"{e.Message} The {request.Describe()} was not sent.", e.Hint, e.InnerException) { Provider = Provider.DisplayName(), OffendingValue = e.OffendingValue };
            }

            _journal.Save(entry);
            return entry;
        }

        internal void Complete(JournalEntry entry, JournalOutcome outcome, string evidence, string? requestId)
        {
            entry.Outcome = outcome;
            entry.Evidence = evidence;
            entry.RequestId = requestId ?? entry.RequestId;
            entry.CompletedAt = DateTimeOffset.Now;
            _journal.Save(entry);
            try
            {
                _file?.Append(entry);
            }
            catch (CallerIdException)
            {
                // The request is done and in the session journal; a file that stopped accepting lines must not hide its result.
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Money;

namespace CallerIdPs.Journal
{
    /// <summary>
    /// One session's record of every request that spent or deleted (or tried to), across its connections, plus what
    /// the journal files read at connect said about earlier sessions. Thread-safe: requests of several cmdlets may
    /// finish at once.
    /// </summary>
    public sealed class CallerIdJournal
    {
        private readonly object _gate = new object();
        private readonly List<JournalEntry> _entries = new List<JournalEntry>();

        /// <summary>Snapshots of the entries, oldest first.</summary>
        public IReadOnlyList<JournalEntry> Entries
        {
            get
            {
                lock (_gate)
                {
                    return _entries.Select(e => e.Copy()).OrderBy(e => e.Time).ToList();
                }
            }
        }

        /// <summary>Takes in a file's entries, once each (a file read by two connections is not listed twice).</summary>
        internal void Import(IEnumerable<JournalEntry> entries)
        {
            lock (_gate)
            {
                foreach (var entry in entries)
                {
                    var index = _entries.FindIndex(e => e.Id == entry.Id);
                    if (index < 0) _entries.Add(entry);
                }
            }
        }

        internal void Save(JournalEntry entry)
        {
            lock (_gate)
            {
                var index = _entries.FindIndex(e => e.Id == entry.Id);
                if (index < 0) _entries.Add(entry.Copy());
                else _entries[index] = entry.Copy();
            }
        }

        /// <summary>The latest entry that shows <paramref name="number"/> bought, or perhaps bought, on this account; null when none.</summary>
        internal JournalEntry? PurchaseOf(string account, string number)
        {
            lock (_gate)
            {
                return _entries
                    .Where(e => e.MayHaveBought && string.Equals(e.Account, account, StringComparison.OrdinalIgnoreCase) && PhoneNumberMatch.Same(e.Subject, number))
                    .OrderBy(e => e.Time)
                    .LastOrDefault()?.Copy();
            }
        }
    }
}

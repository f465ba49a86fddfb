using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using CallerIdPs.Journal;
using CallerIdPs.Money;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// The requests that spend or delete a command has in flight. When the command is stopped (Ctrl+C, or a downstream
    /// command that has enough), they are not abandoned: the command waits for them, within their bound, then tells the
    /// host which number each concerned and how it ended, in lines that survive the stop.
    /// </summary>
    internal sealed class UnsafeRequestsInFlight : IUnsafeRequestWatcher
    {
        private readonly object _gate = new object();
        // Made by the first request that spends or deletes: every command has one of these, and most send none.
        private Dictionary<Guid, InFlight>? _inFlight;
        private readonly List<JournalEntry> _finishedAfterStop = new List<JournalEntry>();
        private List<JournalEntry>? _atStop;

        public void Started(JournalEntry entry, TimeSpan bound)
        {
            lock (_gate) (_inFlight ??= new Dictionary<Guid, InFlight>())[entry.Id] = new InFlight(entry, DateTime.UtcNow + bound);
        }

        public void Finished(JournalEntry entry)
        {
            lock (_gate) _inFlight?.Remove(entry.Id);
        }

        /// <summary>
        /// How long a stopped command waits for a request that spends or deletes. The request itself is never cancelled:
        /// past this, it goes on in the background within its own bound and completes its journal entry when it ends;
        /// the user is told so rather than kept at a frozen prompt for a whole timeout.
        /// </summary>
        internal static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(10);

        /// <summary>Waits for the work while it has a request that spends or deletes in flight (within its bound and
        /// <see cref="StopPatience"/>), after telling the host what it waits for.</summary>
        public void WaitAfterStop(Task work, Action<string> tell)
        {
            DateTime deadline;
            lock (_gate)
            {
                _atStop = new List<JournalEntry>();
                if (_inFlight == null || _inFlight.Count == 0) return;
                _atStop.AddRange(_inFlight.Values.Select(v => v.Entry));
                deadline = _inFlight.Values.Max(v => v.Deadline);
            }

            var patience = DateTime.UtcNow + StopPatience;
            if (patience < deadline) deadline = patience;
            foreach (var entry in _atStop)
            {
                tell($"Stopping: waiting up to {Math.Ceiling((deadline - DateTime.UtcNow).TotalSeconds)} s for the answer to the {UnsafeRequest.Words(entry.Operation)} {entry.Subject} on connection '{entry.ConnectionName}'.");
            }

            var clock = Stopwatch.StartNew();
            while (!work.IsCompleted && DateTime.UtcNow < deadline)
            {
                lock (_gate)
                {
                    if (_inFlight!.Count == 0) break;
                }

                work.Wait(TimeSpan.FromMilliseconds(100));
            }
        }

        /// <summary>One line per request that was in flight when the command stopped.</summary>
        public IReadOnlyList<string> Notices()
        {
            lock (_gate)
            {
                if (_atStop == null) return Array.Empty<string>();
                return _atStop.Select(Notice).ToList();
            }
        }

        private sealed class InFlight
        {
            public InFlight(JournalEntry entry, DateTime deadline)
            {
                Entry = entry;
                Deadline = deadline;
            }

            public JournalEntry Entry { get; }

            public DateTime Deadline { get; }
        }

        private string Notice(JournalEntry entry)
        {
            var what = $"{UnsafeRequest.Words(entry.Operation)} {entry.Subject} on connection '{entry.ConnectionName}'";
            if (_inFlight != null && _inFlight.ContainsKey(entry.Id))
            {
                return $"Stopped while the {what} was still in flight: its outcome is not known yet. It goes on in the background and Get-CallerIdJournal shows how it ends (Unknown until then); check {entry.WhatToCheck} before trying again.";
            }

            return $"Stopped during the {what}; the module waited for its answer: {entry.Outcome}. {entry.Evidence}";
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.FaultServer
{
    /// <summary>A number the server considers sold: the provider acted, whatever the client heard.</summary>
    public sealed class Commit
    {
        public Commit(string provider, string phoneNumber, long id, DateTimeOffset committedAt)
        {
            Provider = provider;
            PhoneNumber = phoneNumber;
            Id = id;
            CommittedAt = committedAt;
        }

        public string Provider { get; }

        public string PhoneNumber { get; }

        public long Id { get; }

        public DateTimeOffset CommittedAt { get; }
    }

    /// <summary>The numbers sold, in order. Thread-safe.</summary>
    public sealed class Ledger
    {
        private readonly List<Commit> _commits = new List<Commit>();
        private long _nextId = 1000;

        internal Commit Add(string provider, string phoneNumber)
        {
            lock (_commits)
            {
                var commit = new Commit(provider, phoneNumber, ++_nextId, DateTimeOffset.UtcNow);
                _commits.Add(commit);
                return commit;
            }
        }

        public IReadOnlyList<Commit> All
        {
            get
            {
                lock (_commits) return _commits.ToList();
            }
        }

        public IReadOnlyList<Commit> Of(string provider) => All.Where(c => c.Provider == provider).ToList();
    }
}

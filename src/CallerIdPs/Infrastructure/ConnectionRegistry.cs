using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using CallerIdPs.Connections;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// The connections of one runspace. Commands that pick connections themselves (no -Connection) use only their own
    /// runspace's, so two runbooks in one host never act on each other's accounts; closed with the runspace. A connection
    /// named explicitly (-Connection, or the ConnectionName of a piped object) is also found in the other runspaces of
    /// the process, so ForEach-Object -Parallel and Start-ThreadJob use the connections of the session that started them.
    /// </summary>
    internal sealed class ConnectionRegistry
    {
        private static readonly ConditionalWeakTable<Runspace, ConnectionRegistry> PerRunspace = new ConditionalWeakTable<Runspace, ConnectionRegistry>();
        private static readonly ConnectionRegistry NoRunspace = new ConnectionRegistry();
        private static readonly HashSet<ConnectionRegistry> Live = new HashSet<ConnectionRegistry>();

        private readonly object _gate = new object();
        private readonly List<CallerIdConnection> _connections = new List<CallerIdConnection>();

        /// <summary>Every request that spent or deleted in this runspace, whichever connection sent it (kept after disconnecting).</summary>
        public Journal.CallerIdJournal Journal { get; } = new Journal.CallerIdJournal();

        public static ConnectionRegistry Current
        {
            get
            {
                var runspace = Runspace.DefaultRunspace;
                if (runspace == null)
                {
                    return NoRunspace;
                }

                return PerRunspace.GetValue(runspace, Create);
            }
        }

        public IReadOnlyList<CallerIdConnection> All
        {
            get
            {
                lock (_gate)
                {
                    return _connections.ToList();
                }
            }
        }

        /// <summary>Open connections of every runspace of the process (this one's first), for names given explicitly.</summary>
        public static IReadOnlyList<CallerIdConnection> InProcess
        {
            get
            {
                var current = Current;
                List<ConnectionRegistry> others;
                lock (Live)
                {
                    others = Live.Where(r => r != current).ToList();
                }

                return current.All.Concat(others.SelectMany(r => r.All)).Where(c => c.IsOpen).ToList();
            }
        }

        public CallerIdConnection? Find(string name)
        {
            lock (_gate)
            {
                return _connections.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            }
        }

        /// <summary>
        /// The connection a name means: this runspace's, else the only open one of that name in the process (the session
        /// that started a parallel runspace or thread job). Null when there is none, or several and none of them here.
        /// </summary>
        public static CallerIdConnection? Resolve(string name)
        {
            var own = Current.Find(name);
            if (own != null) return own;
            var elsewhere = InProcess.Where(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            return elsewhere.Count == 1 ? elsewhere[0] : null;
        }

        /// <summary>
        /// The connections a name given to a connection cmdlet means: a name with wildcards matches this runspace's only
        /// (so Disconnect-CallerIdProvider * never closes another runbook's); a plain name is resolved as -Connection resolves it.
        /// </summary>
        public static IReadOnlyList<CallerIdConnection> Matching(string name)
        {
            if (System.Management.Automation.WildcardPattern.ContainsWildcardCharacters(name))
            {
                var pattern = new System.Management.Automation.WildcardPattern(name, System.Management.Automation.WildcardOptions.IgnoreCase);
                return Current.All.Where(c => pattern.IsMatch(c.Name)).ToList();
            }

            var resolved = Resolve(name);
            return resolved == null ? Array.Empty<CallerIdConnection>() : new[] { resolved };
        }

        /// <summary>Removes and closes a connection in whichever runspace of the process holds it.</summary>
        public static bool Close(CallerIdConnection connection)
        {
            List<ConnectionRegistry> registries;
            lock (Live)
            {
                registries = Live.ToList();
            }

            var owner = new[] { Current }.Concat(registries).FirstOrDefault(r => r.All.Contains(connection)) ?? Current;
            return owner.Remove(connection);
        }

        /// <summary>Adds a connection, replacing (and closing) one of the same name.</summary>
        public CallerIdConnection? Add(CallerIdConnection connection)
        {
            CallerIdConnection? replaced;
            lock (_gate)
            {
                replaced = _connections.FirstOrDefault(c => string.Equals(c.Name, connection.Name, StringComparison.OrdinalIgnoreCase));
                if (replaced != null)
                {
                    _connections.Remove(replaced);
                }

                _connections.Add(connection);
            }

            lock (Live)
            {
                Live.Add(this);
            }

            if (replaced != null)
            {
                replaced.ClosedHow = $"was replaced by a new connection of the same name (Connect-CallerIdProvider -Name {connection.Name})";
                replaced.Dispose();
            }

            return replaced;
        }

        public bool Remove(CallerIdConnection connection, string closedHow = "was closed with Disconnect-CallerIdProvider")
        {
            connection.ClosedHow = closedHow;
            bool removed;
            lock (_gate)
            {
                removed = _connections.Remove(connection);
            }

            connection.Dispose();
            return removed;
        }

        /// <summary>Closes every connection of this runspace (the runspace closes, or the module is removed from it).</summary>
        public void CloseAll(string closedHow)
        {
            foreach (var connection in All)
            {
                Remove(connection, closedHow);
            }

            lock (Live)
            {
                Live.Remove(this);
            }
        }

        private static ConnectionRegistry Create(Runspace runspace)
        {
            var registry = new ConnectionRegistry();
            runspace.StateChanged += (_, e) =>
            {
                if (e.RunspaceStateInfo.State == RunspaceState.Closed || e.RunspaceStateInfo.State == RunspaceState.Broken)
                {
                    registry.CloseAll("was closed with the runspace that opened it");
                }
            };
            return registry;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using CallerIdPs.Connections;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// The connections of one runspace. Kept per runspace, not per process, so two runspaces (two runbooks in one host,
    /// parallel tests) never see or close each other's connections; closed with the runspace.
    /// </summary>
    internal sealed class ConnectionRegistry
    {
        private static readonly ConditionalWeakTable<Runspace, ConnectionRegistry> PerRunspace = new ConditionalWeakTable<Runspace, ConnectionRegistry>();
        private static readonly ConnectionRegistry NoRunspace = new ConnectionRegistry();

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

        public CallerIdConnection? Find(string name)
        {
            lock (_gate)
            {
                return _connections.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            }
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

            replaced?.Dispose();
            return replaced;
        }

        public bool Remove(CallerIdConnection connection)
        {
            bool removed;
            lock (_gate)
            {
                removed = _connections.Remove(connection);
            }

            connection.Dispose();
            return removed;
        }

        private static ConnectionRegistry Create(Runspace runspace)
        {
            var registry = new ConnectionRegistry();
            runspace.StateChanged += (_, e) =>
            {
                if (e.RunspaceStateInfo.State == RunspaceState.Closed || e.RunspaceStateInfo.State == RunspaceState.Broken)
                {
                    foreach (var connection in registry.All)
                    {
                        registry.Remove(connection);
                    }
                }
            };
            return registry;
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;

namespace CallerIdPs.Completion
{
    /// <summary>
    /// Completion values a provider has to be asked for: asked once per connection and key, kept for the session, and
    /// never loud: completion runs on the pipeline thread and must answer, so the provider gets a few seconds, and a
    /// failure or a timeout completes nothing.
    /// </summary>
    internal static class ProviderLookup
    {
        private static readonly TimeSpan PatienceForTheProvider = TimeSpan.FromSeconds(5);

        private static readonly ConditionalWeakTable<CallerIdConnection, ConcurrentDictionary<string, IReadOnlyList<(string, string)>>> Cache =
            new ConditionalWeakTable<CallerIdConnection, ConcurrentDictionary<string, IReadOnlyList<(string, string)>>>();

        public static IReadOnlyList<(string Value, string Name)> Cached(CallerIdConnection connection, string key, Func<CancellationToken, Task<IReadOnlyList<(string, string)>>> fetch)
        {
            try
            {
                return Cache.GetValue(connection, _ => new ConcurrentDictionary<string, IReadOnlyList<(string, string)>>())
                    .GetOrAdd(key, _ =>
                    {
                        using (var patience = new CancellationTokenSource(PatienceForTheProvider))
                        {
                            return fetch(patience.Token).GetAwaiter().GetResult();
                        }
                    });
            }
            catch (Exception e) when (e is CallerIdException || e is OperationCanceledException)
            {
                return Array.Empty<(string, string)>();
            }
        }

        /// <summary>The -Connection already typed (name or object), else the session's first open connection of <paramref name="provider"/>.</summary>
        public static CallerIdConnection? Pick(object? given, ProviderKind provider) => Pick(given, c => c.Provider == provider);

        /// <summary>The -Connection already typed (name or object), else the session's first open connection that can do <paramref name="capability"/>.</summary>
        public static CallerIdConnection? Pick(object? given, ProviderCapability capability) => Pick(given, c => c.Supports(capability));

        /// <summary>The -Connection already typed (name or object), else the session's first open connection that <paramref name="can"/>.</summary>
        public static CallerIdConnection? Pick(object? given, System.Func<CallerIdConnection, bool> can)
        {
            var value = given is PSObject wrapped ? wrapped.BaseObject : given;
            if (value is CallerIdConnection connection) return connection;
            if (value is string name) return ConnectionRegistry.Resolve(name);
            return ConnectionRegistry.Current.All.FirstOrDefault(c => can(c) && c.IsOpen);
        }
    }
}

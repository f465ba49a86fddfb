using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Which connections a command uses. Reads go to every connection that can answer; writes (and lookups by id) need exactly one,
    /// else an error that names the candidates.
    /// </summary>
    internal static class ConnectionSelection
    {
        /// <param name="provider">Only this provider's connections, for parameters only one provider has (IdentityCall's -Country search).</param>
        public static IReadOnlyList<CallerIdConnection> ForRead(ConnectionRegistry registry, CallerIdConnection? given, ProviderCapability capability, string command, ProviderKind? provider = null)
        {
            if (given != null)
            {
                return new[] { Check(given, capability, command, provider, provider.HasValue) };
            }

            var all = registry.All;
            var eligible = all.Where(c => Eligible(c, capability, provider)).ToList();
            if (eligible.Count > 0)
            {
                return eligible;
            }

            throw Missing(all, capability, command, provider, provider.HasValue);
        }

        /// <param name="parameters">What the parameters given need besides <paramref name="capability"/> (2Chat's -GroupId needs
        /// its number catalog); a connection without it is refused "with these parameters".</param>
        /// <param name="providers">Only these providers' connections, named as the ones that can (a change only their caller IDs take).</param>
        public static CallerIdConnection ForOne(ConnectionRegistry registry, CallerIdConnection? given, ProviderCapability capability, string command, ProviderKind? provider = null, ProviderCapability parameters = ProviderCapability.None, IReadOnlyCollection<ProviderKind>? providers = null)
        {
            var narrowed = provider.HasValue || parameters != ProviderCapability.None;
            capability |= parameters;
            if (given != null)
            {
                return Check(given, capability, command, provider, narrowed, providers);
            }

            var all = registry.All;
            var eligible = all.Where(c => Eligible(c, capability, provider, providers)).ToList();
            if (eligible.Count == 1)
            {
                return eligible[0];
            }

            if (eligible.Count == 0)
            {
                throw Missing(all, capability, command, provider, narrowed, providers);
            }

            throw new CallerIdException(
                CallerIdErrorKind.ConnectionAmbiguous,
                $"{command} works on one account, and {eligible.Count} connections could be meant: {string.Join(", ", eligible.Select(c => c.Name))}.",
                $"Say which one with -Connection, e.g. -Connection {eligible[0].Name}.");
        }

        private static bool Eligible(CallerIdConnection connection, ProviderCapability capability, ProviderKind? provider, IReadOnlyCollection<ProviderKind>? providers = null) =>
            connection.Supports(capability) && (!provider.HasValue || connection.Provider == provider.Value) && (providers == null || providers.Contains(connection.Provider));

        private static string WhoCan(ProviderCapability capability, ProviderKind? provider, IReadOnlyCollection<ProviderKind>? providers = null)
        {
            if (provider.HasValue) return provider.Value.DisplayName();
            var names = providers == null ? ProviderList.ThatCan(capability, "or") : ProviderList.Of(providers, "or");
            return names.Length == 0 ? "no provider" : names;
        }

        private static CallerIdConnection Check(CallerIdConnection connection, ProviderCapability capability, string command, ProviderKind? provider, bool narrowed, IReadOnlyCollection<ProviderKind>? providers = null)
        {
            if (connection.IsUnknown)
            {
                throw NoSuchName(connection.Name);
            }

            if (!connection.IsOpen)
            {
                throw new CallerIdException(CallerIdErrorKind.NotConnected, $"The connection '{connection.Name}' {connection.ClosedHow}.");
            }

            if (!Eligible(connection, capability, provider, providers))
            {
                throw new CallerIdException(
                    CallerIdErrorKind.NotSupported,
                    $"{command} {(narrowed ? "with these parameters " : "")}works with {WhoCan(capability, provider, providers)}; the connection '{connection.Name}' is {connection.ProviderName}.")
                {
                    OffendingValue = connection.Name,
                };
            }

            return connection;
        }

        /// <summary>NotConnected for a -Connection (or piped ConnectionName) that names no open connection of the process.</summary>
        public static CallerIdException NoSuchName(string name)
        {
            var shown = Validation.Guard.Shorten(name);
            var open = ConnectionRegistry.InProcess.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var ambiguous = open.Contains(name, StringComparer.OrdinalIgnoreCase);
            return new CallerIdException(
                CallerIdErrorKind.NotConnected,
                ambiguous
                    ? $"More than one runspace of this process has a connection named '{shown}', and none of them is this one."
                    : open.Count == 0
                        ? $"There is no connection named '{shown}': nothing is connected."
                        : $"There is no connection named '{shown}'. Connected: {string.Join(", ", open)}.",
                ambiguous
                    ? $"Pass the connection object instead of its name: $c = Get-CallerIdConnection {AsArgument(shown)}, then -Connection $using:c."
                    : "Connect first (Connect-CallerIdProvider -Provider <name> -Name <name>), or use a name Get-CallerIdConnection lists.")
            {
                OffendingValue = name,
            };
        }

        /// <summary>A name as the user would type it after a command: bare when it is one plain word, else single-quoted.</summary>
        private static string AsArgument(string name) =>
            name.Length > 0 && char.IsLetterOrDigit(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.') ? name : "'" + name.Replace("'", "''") + "'";

        private static CallerIdException Missing(IReadOnlyList<CallerIdConnection> all, ProviderCapability capability, string command, ProviderKind? provider, bool narrowed, IReadOnlyCollection<ProviderKind>? providers = null)
        {
            if (all.Count == 0)
            {
                var elsewhere = ConnectionRegistry.InProcess.Where(c => Eligible(c, capability, provider, providers)).Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                return new CallerIdException(
                    CallerIdErrorKind.NotConnected,
                    $"{command} needs a connection and none is open in this runspace.",
                    elsewhere.Count > 0
                        ? $"In ForEach-Object -Parallel or a thread job, name the connection of the session that started it: -Connection {elsewhere[0]} (open: {string.Join(", ", elsewhere)})."
                        : "Connect first: Connect-CallerIdProvider -Provider <name>, or -Sandbox to try the module with the built-in emulator.");
            }

            return new CallerIdException(
                CallerIdErrorKind.NotConnected,
                $"{command} {(narrowed ? "with these parameters " : "")}works with {WhoCan(capability, provider, providers)}, and none of the open connections ({string.Join(", ", all.Select(c => c.Name))}) is one.",
                $"Connect to {WhoCan(capability, provider, providers)} with Connect-CallerIdProvider.");
        }
    }
}

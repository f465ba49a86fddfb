using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Connections
{
    /// <summary>
    /// The runbook fallback: credentials (and provider settings) from environment variables
    /// when none are passed. Which variables a provider reads is its connector's <see cref="ProviderConnector.CredentialVariables"/>
    /// and <see cref="ProviderConnector.Settings"/>.
    /// </summary>
    public static class EnvironmentCredentials
    {
        /// <summary>The credential the environment holds for a provider (the first complete alternative), or null.</summary>
        public static ProviderCredential? For(ProviderKind provider, Func<string, string?> variable) => Find(provider, variable, out _);

        /// <summary>The credential the environment holds and the variables it came from (for the verbose line), or null.</summary>
        public static ProviderCredential? Find(ProviderKind provider, Func<string, string?> variable, out CredentialVariables? source)
        {
            source = null;
            foreach (var alternative in Alternatives(provider))
            {
                var credential = alternative.Read(variable);
                if (credential != null)
                {
                    source = alternative;
                    return credential;
                }
            }

            return null;
        }

        /// <summary>
        /// What keeps a partly set alternative from being a credential ("CALLERID_PLIVO_AUTH_ID is set but
        /// CALLERID_PLIVO_AUTH_TOKEN is not"), and that pairs cannot be mixed when variables of two are set; null when no
        /// variable of the provider is set.
        /// </summary>
        public static string? WhatIsMissing(ProviderKind provider, Func<string, string?> variable)
        {
            var partial = Alternatives(provider)
                .Select(a => (Set: a.Names.Where(n => !string.IsNullOrWhiteSpace(variable(n))).ToList(), Unset: a.Names.Where(n => string.IsNullOrWhiteSpace(variable(n))).ToList()))
                .Where(a => a.Set.Count > 0 && a.Unset.Count > 0)
                .Select(a => $"{string.Join(" and ", a.Set)} {(a.Set.Count == 1 ? "is" : "are")} set but {string.Join(" and ", a.Unset)} {(a.Unset.Count == 1 ? "is" : "are")} not")
                .ToList();
            if (partial.Count == 0)
            {
                return null;
            }

            return string.Join(", and ", partial) + (partial.Count > 1 ? ": a pair cannot be mixed, set both variables of one pair." : ".");
        }

        private static IReadOnlyList<CredentialVariables> Alternatives(ProviderKind provider) =>
            ConnectionFactory.ConnectorOf(provider)?.CredentialVariables ?? Array.Empty<CredentialVariables>();

        /// <summary>Which variables would have supplied the credential, for the CredentialMissing message.</summary>
        public static string Names(ProviderKind provider)
        {
            var alternatives = Alternatives(provider);
            if (alternatives.Count == 0)
            {
                return "";
            }

            var first = alternatives[0].ToString();
            return alternatives.Count == 1 ? first : $"{first} (or {string.Join(" or ", alternatives.Skip(1))})";
        }

        /// <summary>
        /// The provider settings a connection takes, each from the value given (a cmdlet parameter of the same name) or else
        /// its environment variable. A setting given that the provider does not declare is refused, as -Credential is for a
        /// provider that takes a key: it would otherwise be ignored silently.
        /// </summary>
        public static ProviderSettings Settings(ProviderKind provider, IReadOnlyDictionary<string, string?> given, Func<string, string?> variable)
        {
            var declared = ConnectionFactory.ConnectorOf(provider)?.Settings ?? Array.Empty<ProviderSetting>();
            foreach (var pair in given)
            {
                if (pair.Value != null && !declared.Any(s => string.Equals(s.Name, pair.Key, StringComparison.OrdinalIgnoreCase)))
                {
                    var takers = ((ProviderKind[])Enum.GetValues(typeof(ProviderKind)))
                        .Where(p => ConnectionFactory.ConnectorOf(p)?.Settings.Any(s => string.Equals(s.Name, pair.Key, StringComparison.OrdinalIgnoreCase)) == true)
                        .Select(p => p.DisplayName())
                        .ToList();
                    throw CredentialRules.Refused(
                        pair.Key,
                        $"{provider.DisplayName()} does not take -{pair.Key}{(takers.Count > 0 ? $"; only {string.Join(" and ", takers)} does" : "")}.",
                        "Leave it out, or connect to the provider it belongs to; nothing was sent.");
                }
            }

            var settings = new ProviderSettings();
            foreach (var setting in declared)
            {
                given.TryGetValue(setting.Name, out var value);
                value = value ?? (setting.EnvironmentVariable != null ? variable(setting.EnvironmentVariable) : null);
                if (value != null)
                {
                    settings[setting.Name] = value;
                }
            }

            return settings;
        }
    }
}

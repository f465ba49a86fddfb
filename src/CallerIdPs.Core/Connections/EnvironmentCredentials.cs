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
        public static ProviderCredential? For(ProviderKind provider, Func<string, string?> variable) =>
            ConnectionFactory.ConnectorOf(provider)?.CredentialVariables
                .Select(alternative => alternative.Read(variable))
                .FirstOrDefault(credential => credential != null);

        /// <summary>Which variables would have supplied the credential, for the CredentialMissing message.</summary>
        public static string Names(ProviderKind provider)
        {
            var alternatives = ConnectionFactory.ConnectorOf(provider)?.CredentialVariables ?? Array.Empty<CredentialVariables>();
            if (alternatives.Count == 0)
            {
                return "";
            }

            var first = alternatives[0].ToString();
            return alternatives.Count == 1 ? first : $"{first} (or {string.Join(" or ", alternatives.Skip(1))})";
        }

        /// <summary>
        /// The provider settings a connection takes, each from the value given (a cmdlet parameter of the same name) or else
        /// its environment variable; settings the provider does not declare are dropped.
        /// </summary>
        public static ProviderSettings Settings(ProviderKind provider, IReadOnlyDictionary<string, string?> given, Func<string, string?> variable)
        {
            var settings = new ProviderSettings();
            foreach (var setting in ConnectionFactory.ConnectorOf(provider)?.Settings ?? Array.Empty<ProviderSetting>())
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

using System;
using System.Collections.Generic;

namespace CallerIdPs.Connections
{
    /// <summary>
    /// A setting a provider's connection takes besides the credential (an organization, a brand, an environment): the
    /// Connect-CallerIdProvider parameter of the same name supplies it, else its environment variable. The connector
    /// checks the value.
    /// </summary>
    public sealed class ProviderSetting
    {
        public ProviderSetting(string name, string? environmentVariable = null)
        {
            Name = name;
            EnvironmentVariable = environmentVariable;
        }

        /// <summary>The parameter's name, without the dash: "OrganizationId".</summary>
        public string Name { get; }

        public string? EnvironmentVariable { get; }
    }

    /// <summary>The provider settings a connection request carries, by name (case-insensitive); the connector reads and checks them.</summary>
    public sealed class ProviderSettings : Dictionary<string, string>
    {
        public ProviderSettings()
            : base(StringComparer.OrdinalIgnoreCase)
        {
        }

        /// <summary>The setting's value, or null when it was not given.</summary>
        public string? Get(string name) => TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
    }
}

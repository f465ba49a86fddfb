using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using CallerIdPs.Connections;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// What a cmdlet needs of the connection it works through, declared on the cmdlet so that tab completion of -Connection
    /// offers only the connections that can do it (a cmdlet without the declaration completes every connection).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    public sealed class ConnectionCapabilityAttribute : Attribute
    {
        private static readonly Lazy<Dictionary<string, ProviderCapability>> ByCommand = new Lazy<Dictionary<string, ProviderCapability>>(Declared);

        public ConnectionCapabilityAttribute(ProviderCapability capability)
        {
            Capability = capability;
        }

        public ProviderCapability Capability { get; }

        /// <summary>The capability <paramref name="commandName"/> (Verb-Noun, module-qualified or not) declares; None when it declares none.</summary>
        public static ProviderCapability Of(string? commandName)
        {
            var name = commandName ?? "";
            name = name.Substring(name.LastIndexOf('\\') + 1);
            return ByCommand.Value.TryGetValue(name, out var capability) ? capability : ProviderCapability.None;
        }

        /// <summary>The capability the cmdlet class declares; None when it declares none.</summary>
        public static ProviderCapability Of(Type cmdletType) => cmdletType.GetCustomAttribute<ConnectionCapabilityAttribute>()?.Capability ?? ProviderCapability.None;

        private static Dictionary<string, ProviderCapability> Declared() =>
            typeof(ConnectionCapabilityAttribute).Assembly.GetTypes()
                .Select(t => (Cmdlet: t.GetCustomAttribute<CmdletAttribute>(), Needs: t.GetCustomAttribute<ConnectionCapabilityAttribute>()))
                .Where(t => t.Cmdlet != null && t.Needs != null)
                .ToDictionary(t => t.Cmdlet!.VerbName + "-" + t.Cmdlet.NounName, t => t.Needs!.Capability, StringComparer.OrdinalIgnoreCase);
    }
}

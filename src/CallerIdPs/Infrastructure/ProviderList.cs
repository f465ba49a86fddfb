using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Model;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Provider names for messages, taken from the connections or from what the registered providers can do, never
    /// written into a cmdlet: "2Chat", "IdentityCall and Plivo", "IdentityCall's and Plivo's". Names are in
    /// alphabetical order, each once.
    /// </summary>
    internal static class ProviderList
    {
        /// <summary>The providers of these connections.</summary>
        public static string Of(IEnumerable<CallerIdConnection> connections) => Join(connections.Select(c => c.ProviderName).OrderBy(n => n, StringComparer.Ordinal), "and");

        /// <summary>The providers whose connections can do <paramref name="capability"/>.</summary>
        public static string ThatCan(ProviderCapability capability, string conjunction = "and", bool possessive = false) =>
            Names(Enum.GetValues(typeof(ProviderKind)).Cast<ProviderKind>().Where(p => ConnectionFactory.Supports(p, capability)), conjunction, possessive);

        /// <summary>The providers whose client implements <typeparamref name="TCapability"/>.</summary>
        public static string Implementing<TCapability>(string conjunction = "and", bool possessive = false) =>
            Names(ConnectionFactory.ProvidersImplementing<TCapability>(), conjunction, possessive);

        /// <summary>These providers by name.</summary>
        public static string Of(IEnumerable<ProviderKind> providers, string conjunction = "and") =>
            Names(providers, conjunction, possessive: false);

        /// <summary>"US", "US and CA", "US, CA and GB": the items in the order given, each once.</summary>
        public static string Join(IEnumerable<string> items, string conjunction) =>
            ListText.Join(items.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), conjunction);

        private static string Names(IEnumerable<ProviderKind> providers, string conjunction, bool possessive) =>
            Join(providers.Select(p => p.DisplayName() + (possessive ? "'s" : "")).OrderBy(n => n, StringComparer.Ordinal), conjunction);
    }
}

using System;
using CallerIdPs.Model;

namespace CallerIdPs.Connections
{
    /// <summary>One way the environment can hold a provider's credential: one variable for an API key, or two for an id and a secret.</summary>
    public sealed class CredentialVariables
    {
        private CredentialVariables(string first, string? second)
        {
            First = first;
            Second = second;
        }

        public static CredentialVariables Key(string variable) => new CredentialVariables(variable, null);

        public static CredentialVariables Pair(string idVariable, string secretVariable) => new CredentialVariables(idVariable, secretVariable);

        /// <summary>The API key's variable, or the id's.</summary>
        public string First { get; }

        /// <summary>The secret's variable; null for an API key.</summary>
        public string? Second { get; }

        public ProviderCredential? Read(Func<string, string?> variable) =>
            Second == null ? KeyFrom(variable(First)) : PairFrom(variable(First), variable(Second));

        /// <summary>The variables of this alternative, id (or key) first.</summary>
        public string[] Names => Second == null ? new[] { First } : new[] { First, Second };

        public override string ToString() => Second == null ? First : $"{First} and {Second}";

        private static ProviderCredential? KeyFrom(string? value) =>
            string.IsNullOrWhiteSpace(value) ? null : new ApiKeyCredential(Secret.FromPlainText(value!.Trim()));

        private static ProviderCredential? PairFrom(string? id, string? secret) =>
            string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(secret)
                ? null
                : new ClientCredential(id!.Trim(), Secret.FromPlainText(secret!.Trim()));
    }
}

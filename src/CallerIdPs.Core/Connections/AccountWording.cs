namespace CallerIdPs.Connections
{
    /// <summary>How every prompt, -WhatIf, verbose line and error names the account a connection reaches, so they all say it the same way.</summary>
    internal static class AccountWording
    {
        /// <summary>
        /// "2Chat account 'Acme' (connection 'TwoChat')", marked when it is the sandbox; an account id is shown masked
        /// ("MA…WXYZ"); a provider that names no account (IdentityCall) gives "IdentityCall account of the API key (…)".
        /// </summary>
        public static string Of(CallerIdConnection connection)
        {
            var sandbox = connection.Sandbox ? ", sandbox" : "";
            return $"{connection.ProviderName} account{Name(connection)} (connection '{connection.Name}'{sandbox})";
        }

        private static string Name(CallerIdConnection connection)
        {
            if (connection.ProviderNamesAccount == null) return connection.Account == null ? "" : " of the API key";
            var id = connection.Details?.AccountId;
            var name = connection.ProviderNamesAccount == id ? Masked(id!) : connection.ProviderNamesAccount;
            return $" '{name}'";
        }

        private static string Masked(string id) => id.Length <= 6 ? id : id.Substring(0, 2) + "…" + id.Substring(id.Length - 4);
    }
}

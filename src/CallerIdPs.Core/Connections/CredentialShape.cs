namespace CallerIdPs.Connections
{
    /// <summary>What Connect-CallerIdProvider asks of a provider: an API key, or a user name and password pair (and what
    /// each half means).</summary>
    public sealed class CredentialShape
    {
        private CredentialShape(bool takesApiKey, string? pairMeaning, string idName, string secretName)
        {
            TakesApiKey = takesApiKey;
            PairMeaning = pairMeaning;
            IdName = idName;
            SecretName = secretName;
        }

        public static CredentialShape ApiKey { get; } = new CredentialShape(true, null, "client id", "client secret");

        /// <param name="idName">What the provider calls the user name half ("client id").</param>
        /// <param name="secretName">What the provider calls the password half ("Auth Token").</param>
        public static CredentialShape Pair(string idName, string secretName) =>
            new CredentialShape(false, $"{idName} as user name, {secretName} as password", idName, secretName);

        public bool TakesApiKey { get; }

        /// <summary>What the user name and password are, for "takes -Credential (…), not -ApiKey"; null for an API key.</summary>
        public string? PairMeaning { get; }

        /// <summary>The id's name in messages ("client id").</summary>
        public string IdName { get; }

        /// <summary>The secret's name in messages ("Auth Token", "client secret").</summary>
        public string SecretName { get; }
    }
}

namespace CallerIdPs.Connections
{
    /// <summary>What Connect-CallerIdProvider asks of a provider: an API key, or a user name and password pair (and what
    /// each half means); and whether the connection names an organization and brand.</summary>
    public sealed class CredentialShape
    {
        private CredentialShape(bool takesApiKey, string? pairMeaning, bool takesBrand)
        {
            TakesApiKey = takesApiKey;
            PairMeaning = pairMeaning;
            TakesBrand = takesBrand;
        }

        public static CredentialShape ApiKey { get; } = new CredentialShape(true, null, false);

        /// <param name="meaning">"Auth ID as user name, Auth Token as password".</param>
        public static CredentialShape Pair(string meaning, bool takesBrand = false) => new CredentialShape(false, meaning, takesBrand);

        public bool TakesApiKey { get; }

        /// <summary>What the user name and password are, for "takes -Credential (…), not -ApiKey"; null for an API key.</summary>
        public string? PairMeaning { get; }

        /// <summary>Apple Business: -OrganizationId, -BrandId and -Environment (or their environment variables) belong to the connection.</summary>
        public bool TakesBrand { get; }
    }
}

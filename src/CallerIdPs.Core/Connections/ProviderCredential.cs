namespace CallerIdPs.Connections
{
    /// <summary>The credential a provider takes. Held in memory only, the secret part as a <see cref="Secret"/>.</summary>
    public abstract class ProviderCredential
    {
        public override string ToString() => GetType().Name;
    }

    /// <summary>2Chat and IdentityCall: one API key.</summary>
    public sealed class ApiKeyCredential : ProviderCredential
    {
        public ApiKeyCredential(Secret key) => Key = key;

        public Secret Key { get; }
    }

    /// <summary>Plivo (Auth ID + Auth Token) and Apple Business (client id + client secret).</summary>
    public sealed class ClientCredential : ProviderCredential
    {
        public ClientCredential(string id, Secret secret)
        {
            Id = id;
            Secret = secret;
        }

        public string Id { get; }

        public Secret Secret { get; }
    }
}

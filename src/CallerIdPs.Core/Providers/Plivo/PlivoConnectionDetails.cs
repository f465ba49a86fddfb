using CallerIdPs.Connections;

namespace CallerIdPs.Providers.Plivo
{
    /// <summary>What a Plivo connection adds: the Auth ID (an account identifier, not a secret).</summary>
    public sealed class PlivoConnectionDetails : ConnectionDetails
    {
        internal PlivoConnectionDetails(string authId) => AuthId = authId;

        public string AuthId { get; }

        internal override string? AccountId => AuthId;

        public override string ToString() => $"Auth ID {AuthId}";
    }
}

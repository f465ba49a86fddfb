namespace CallerIdPs.Connections
{
    /// <summary>
    /// What a provider adds to a connection beyond what every connection has (Plivo's Auth ID; Apple's organization, brand
    /// and environment). Each provider's connector makes its own, shown as the connection's <c>Details</c>.
    /// </summary>
    public abstract class ConnectionDetails
    {
        /// <summary>
        /// The account's identifier, when the provider has one apart from the account's name: it keys the journal when the
        /// provider names no account, and prompts show it masked when it is the account's name.
        /// </summary>
        internal abstract string? AccountId { get; }
    }
}

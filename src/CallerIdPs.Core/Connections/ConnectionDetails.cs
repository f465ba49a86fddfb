namespace CallerIdPs.Connections
{
    /// <summary>
    /// What a provider adds to a connection beyond what every connection has (an account id, the organization and brand a
    /// connection works on, …). Each provider's connector makes its own, shown as the connection's <c>Details</c>.
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

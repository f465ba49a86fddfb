using System;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>What GET /info says about the account behind a key.</summary>
    internal sealed class TwoChatAccount
    {
        public string? Name { get; set; }
        public string? Id { get; set; }
        public bool OnTrial { get; set; }
        public bool Blocked { get; set; }
        public DateTimeOffset? ExpiresAt { get; set; }
        /// <summary>As /info reports it, unchecked (<see cref="Http.PaceBounds"/> makes it usable).</summary>
        public long? RequestsPerMinute { get; set; }
        public long? ApiRequestCount { get; set; }
        public long? MaxApiRequestCount { get; set; }
    }
}

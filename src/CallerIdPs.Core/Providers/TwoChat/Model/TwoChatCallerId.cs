using System;

namespace CallerIdPs.Model
{
    /// <summary>A 2Chat caller ID (GET /open/voip/caller-ids).</summary>
    public sealed class TwoChatCallerId : CallerId
    {
        public CallerIdType? Type { get; internal set; }

        /// <summary>The caller ID may be used for calls.</summary>
        public bool Verified { get; internal set; }

        /// <summary>The virtual number (DID…) behind a VN caller ID.</summary>
        public string? ChannelId { get; internal set; }

        public string? AccountId { get; internal set; }

        public DateTimeOffset? ExpiresAt { get; internal set; }

        public override string Status => Verified ? "Verified" : "Unverified";

        internal override bool? VerifiedForInventory => Verified;

        internal override DateTimeOffset? ExpiresForInventory => ExpiresAt;

        /// <summary>e.g. "VN", "CI unverified".</summary>
        internal override string InventoryDetail => (Type?.ToString() ?? "caller ID") + (Verified ? "" : " unverified");
    }
}

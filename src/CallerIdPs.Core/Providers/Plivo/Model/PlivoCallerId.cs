using System;

namespace CallerIdPs.Model
{
    /// <summary>A Plivo verified caller ID. Plivo lists only verified numbers, and its alias is the <see cref="CallerId.Name"/>.</summary>
    public sealed class PlivoCallerId : CallerId
    {
        /// <summary>The subaccount's Auth ID the caller ID belongs to; null when it belongs to the main account.</summary>
        public string? Subaccount { get; internal set; }

        /// <summary>The verification that proved the number.</summary>
        public string? VerificationId { get; internal set; }

        /// <summary>How the code was sent, when Plivo says (it sends "" in some answers).</summary>
        public VerificationChannel? Channel { get; internal set; }

        public string? ResourceUri { get; internal set; }

        /// <summary>Plivo caller IDs are verified by definition: the list holds only numbers that passed the OTP.</summary>
        public bool Verified => true;

        internal override bool? VerifiedForInventory => Verified;

        internal override string InventoryDetail => "verified";
    }
}

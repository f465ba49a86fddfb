using System;
using CallerIdPs.Model;

namespace CallerIdPs.Inventory
{
    /// <summary>
    /// What the inventory needs to know of a caller ID, whatever its provider: verified or not, branded, rejected,
    /// when it expires, and a short label. Each provider's caller-ID type answers for itself (CallerId's internal virtuals).
    /// </summary>
    internal static class CallerIdUse
    {
        /// <summary>True or false where the provider says; null where it brands instead of verifying.</summary>
        public static bool? Verified(CallerId callerId) => callerId.VerifiedForInventory;

        public static bool IsBranded(CallerId callerId) => callerId.IsBranded;

        public static bool IsRejected(CallerId callerId) => callerId.IsRejected;

        /// <summary>Still presented, or on its way to be.</summary>
        public static bool IsLive(CallerId callerId) => callerId.IsLive;

        public static DateTimeOffset? ExpiresAt(CallerId callerId) => callerId.ExpiresForInventory;

        /// <summary>The connection's name and the caller ID's kind there, e.g. "TwoChat VN", "Plivo verified".</summary>
        public static string Label(CallerId callerId) => callerId.ConnectionName + " " + Detail(callerId);

        /// <summary>What kind of caller ID it is at its provider.</summary>
        public static string Detail(CallerId callerId) => callerId.InventoryDetail;
    }
}

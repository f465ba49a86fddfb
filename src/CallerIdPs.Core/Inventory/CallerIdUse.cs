using System;
using CallerIdPs.Model;

namespace CallerIdPs.Inventory
{
    /// <summary>
    /// What the inventory needs to know of a caller ID, whatever its provider: verified or not, branded, rejected,
    /// when it expires, and a short label. The one place that knows each provider's caller-ID shape.
    /// </summary>
    internal static class CallerIdUse
    {
        /// <summary>True or false where the provider says (2Chat's verified; Plivo lists only verified numbers); null for Apple, which brands instead.</summary>
        public static bool? Verified(CallerId callerId)
        {
            switch (callerId)
            {
                case TwoChatCallerId twoChat: return twoChat.Verified;
                case PlivoCallerId plivo: return plivo.Verified;
                default: return null;
            }
        }

        public static bool IsBranded(CallerId callerId) => callerId is AppleCallerId;

        public static bool IsRejected(CallerId callerId) =>
            callerId is AppleCallerId apple && (apple.State == AppleCallerIdState.Rejected || apple.State == AppleCallerIdState.Failed);

        /// <summary>Still presented, or on its way to be: everything but Apple's rejected, failed and deleted caller IDs.</summary>
        public static bool IsLive(CallerId callerId) =>
            !(callerId is AppleCallerId apple) || !(IsRejected(apple) || apple.State == AppleCallerIdState.Deleted);

        public static DateTimeOffset? ExpiresAt(CallerId callerId) => (callerId as TwoChatCallerId)?.ExpiresAt;

        /// <summary>e.g. "TwoChat VN", "TwoChat CI unverified", "Plivo verified", "AppleBusiness Published".</summary>
        public static string Label(CallerId callerId) => callerId.ConnectionName + " " + Detail(callerId);

        /// <summary>What kind of caller ID it is there: 2Chat's type (and "unverified"), "verified", Apple's state.</summary>
        public static string Detail(CallerId callerId)
        {
            switch (callerId)
            {
                case TwoChatCallerId twoChat:
                    return (twoChat.Type?.ToString() ?? "caller ID") + (twoChat.Verified ? "" : " unverified");
                case PlivoCallerId _:
                    return "verified";
                case AppleCallerId apple:
                    return apple.State?.ToString() ?? "branded";
                default:
                    return "caller ID";
            }
        }
    }
}

using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    internal static class TwoChatNumberTypes
    {
        /// <summary>2Chat's did-type name for a type ("tollfree", "sharedcost").</summary>
        public static string ToTwoChatName(this NumberType type) => type.ToString().ToLowerInvariant();
    }
}

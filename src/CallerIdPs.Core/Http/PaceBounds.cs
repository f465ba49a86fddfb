using System;

namespace CallerIdPs.Http
{
    /// <summary>
    /// Bounds for a pace a server reports about itself (2Chat's /info requests_per_minute), so a bad value can neither
    /// crash Connect nor switch pacing off: 1 to 6,000 requests a minute (100 a second, past any documented plan);
    /// zero, negative or absurd values are replaced by the provider's documented figure.
    /// </summary>
    internal static class PaceBounds
    {
        public const int MinPerMinute = 1;
        public const int MaxPerMinute = 6000;

        /// <summary>The reported value within bounds; <paramref name="documented"/> when it is missing, zero or negative.</summary>
        public static int PerMinute(long? reported, int documented)
        {
            if (!reported.HasValue || reported.Value < MinPerMinute)
            {
                return documented;
            }

            return (int)Math.Min(reported.Value, MaxPerMinute);
        }
    }
}

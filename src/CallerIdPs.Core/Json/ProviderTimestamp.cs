using System;
using System.Globalization;

namespace CallerIdPs.Json
{
    /// <summary>
    /// Reads the timestamp forms providers send: ISO 8601 / RFC 3339 with zero to nine fractional digits
    /// (.NET's parser stops at seven), with Z or an offset, and "YYYY-MM-DD HH:MM:SS" (taken as UTC).
    /// </summary>
    public static class ProviderTimestamp
    {
        private static readonly string[] Formats =
        {
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd'T'HH:mm:ssK",
            "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd HH:mm:ssK",
            "yyyy-MM-dd HH:mm:ss.FFFFFFF",
            "yyyy-MM-dd HH:mm:ss",
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
            "yyyy-MM-dd'T'HH:mm:ss",
            "yyyy-MM-dd",
        };

        public static bool TryParse(string? text, out DateTimeOffset value)
        {
            value = default;
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            var trimmed = TrimFraction(text!.Trim());
            return DateTimeOffset.TryParseExact(
                trimmed,
                Formats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out value);
        }

        public static DateTimeOffset? ParseOrNull(string? text) => TryParse(text, out var value) ? value : (DateTimeOffset?)null;

        /// <summary>Cuts fractional seconds to the seven digits .NET can hold; the eighth and ninth are below a tick.</summary>
        private static string TrimFraction(string text)
        {
            var dot = text.IndexOf('.', Math.Min(text.Length, 17));
            if (dot < 0)
            {
                return text;
            }

            var end = dot + 1;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }

            var digits = end - dot - 1;
            if (digits <= 7)
            {
                return text;
            }

            return text.Substring(0, dot + 8) + text.Substring(end);
        }
    }
}

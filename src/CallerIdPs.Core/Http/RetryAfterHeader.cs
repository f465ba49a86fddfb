using System;
using System.Globalization;
using System.Net.Http;

namespace CallerIdPs.Http
{
    /// <summary>The one reader of Retry-After (seconds or an HTTP date), for the retry stage and for error reports alike.</summary>
    internal static class RetryAfterHeader
    {
        public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
        {
            var header = response.Headers.RetryAfter;
            if (header?.Delta != null) return NotNegative(header.Delta.Value);
            if (header?.Date != null) return NotNegative(header.Date.Value - now);
            return response.Headers.TryGetValues("Retry-After", out var values) ? Read(string.Join(",", values), now) : null;
        }

        public static TimeSpan? Read(string? value, DateTimeOffset now)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            var text = value!.Trim();
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                // Reported as sent (the caller decides whether to wait); a year caps values that would only overflow.
                return TimeSpan.FromSeconds(Math.Min(seconds, (long)TimeSpan.FromDays(365).TotalSeconds));
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                return NotNegative(when - now);
            }

            return null;
        }

        private static TimeSpan NotNegative(TimeSpan wait) => wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}

using System;
using System.Globalization;

namespace CallerIdPs.Model
{
    /// <summary>
    /// A date as a message says it: ISO 8601 with its offset ("2026-12-02T04:38:16+00:00"), whatever the session's culture
    /// and time zone, so it reads the same as in Export-Csv and ConvertTo-Json and never as "01.12.2026 23:38" with no zone.
    /// </summary>
    public static class DateText
    {
        public static string Of(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

        public static string Of(DateTimeOffset? date) => date.HasValue ? Of(date.Value) : "an unknown time";
    }
}

using System;

namespace CallerIdPs.Json
{
    /// <summary>
    /// The timestamp shape on every 2Chat record (and on some of the other providers'), "2025-08-22T02:24:40Z": UTC, whole seconds, read straight
    /// from its 20 UTF-8 bytes. Anything else, including this shape with an out-of-range field, is left to the general readers.
    /// </summary>
    internal static class UtcSecondsTimestamp
    {
        private const int Length = 20;

        public static bool TryRead(ReadOnlySpan<byte> text, out DateTimeOffset value)
        {
            value = default;
            if (text.Length != Length
                || text[4] != (byte)'-' || text[7] != (byte)'-' || text[10] != (byte)'T'
                || text[13] != (byte)':' || text[16] != (byte)':' || text[19] != (byte)'Z')
            {
                return false;
            }

            if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
                || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second))
            {
                return false;
            }

            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
            return true;
        }

        private static bool TryDigits(ReadOnlySpan<byte> text, int start, int count, out int number)
        {
            number = 0;
            for (var i = start; i < start + count; i++)
            {
                var digit = text[i] - (byte)'0';
                if ((uint)digit > 9) return false;
                number = (number * 10) + digit;
            }

            return true;
        }
    }
}

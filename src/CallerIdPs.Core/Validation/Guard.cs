using System.Text.RegularExpressions;
using CallerIdPs.Errors;

namespace CallerIdPs.Validation
{
    /// <summary>Checks input before any request leaves the machine. Each failure is an InvalidInput error naming the value.</summary>
    public static class Guard
    {
        private static readonly Regex Digits = new Regex("^[0-9]{1,15}$", RegexOptions.CultureInvariant);
        private static readonly Regex Otp4To8 = new Regex("^[0-9]{4,8}$", RegexOptions.CultureInvariant);
        private static readonly Regex AccountId = new Regex("^[A-Za-z0-9]{10,40}$", RegexOptions.CultureInvariant);
        private static readonly Regex SafeId = new Regex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$", RegexOptions.CultureInvariant);

        public static string PhoneNumber(string? value, string what = "PhoneNumber")
        {
            if (PhoneNumberText.TryNormalize(value, out var e164, out var problem))
            {
                return e164;
            }

            // The whole value, not only the character that is wrong, so the user sees which input was refused.
            var given = string.IsNullOrWhiteSpace(value) ? "" : $"'{Shorten(value)}' is not a phone number. ";
            throw CallerIdException.InvalidInput(value, $"{what}: {given}{problem}");
        }

        public static string Country(string? value, string what = "Country")
        {
            if (CountryCode.TryNormalize(value, out var code, out var problem))
            {
                return code;
            }

            throw CallerIdException.InvalidInput(value, $"{what}: {problem}");
        }

        /// <summary>Part of a number to search for: digits only.</summary>
        public static string DigitsFragment(string? value, string what)
        {
            var trimmed = (value ?? "").Trim();
            if (Digits.IsMatch(trimmed))
            {
                return trimmed;
            }

            throw CallerIdException.InvalidInput(value, $"{what}: '{Shorten(value)}' is not 1 to 15 digits.");
        }

        /// <summary>A provider id: letters, digits and . _ : - only, so it cannot reshape a URL path or query.</summary>
        public static string Id(string? value, string what)
        {
            var trimmed = (value ?? "").Trim();
            if (SafeId.IsMatch(trimmed))
            {
                return trimmed;
            }

            throw CallerIdException.InvalidInput(value, trimmed.Length == 0 ? $"{what} is empty." : $"{what}: '{Shorten(value)}' is not a valid id ({SafeIdShape}).");
        }

        /// <summary>The Id of a caller ID as the module writes it: a provider id (<see cref="Id"/>), or an E.164 number,
        /// which is the Id of a Plivo caller ID. Compared with records and put in Apple's ql as digits only, never in a path.</summary>
        public static string CallerIdId(string? value, string what = "Id")
        {
            var trimmed = (value ?? "").Trim();
            if (SafeId.IsMatch(trimmed) || PhoneNumberText.IsE164(trimmed))
            {
                return trimmed;
            }

            throw CallerIdException.InvalidInput(value, trimmed.Length == 0
                ? $"{what} is empty."
                : $"{what}: '{Shorten(value)}' is not a caller ID's id: give the Id property Get-CallerId writes (2Chat VCI…, Apple Business digits, Plivo's E.164 number such as +14155550100).");
        }

        private const string SafeIdShape = "1 to 128 letters, digits and . _ : -, starting with a letter or digit";

        /// <summary>A one-time code: 4 to 8 digits (Plivo documents four, its examples use six).</summary>
        public static string Otp(string? value)
        {
            var trimmed = (value ?? "").Trim();
            if (Otp4To8.IsMatch(trimmed))
            {
                return trimmed;
            }

            throw CallerIdException.InvalidInput(value, $"Otp: '{Shorten(value)}' is not a code of 4 to 8 digits.", "Type the digits of the code the phone received.");
        }

        /// <summary>Free text such as an alias or a city name: 1 to 100 characters, no control characters.</summary>
        public static string Alias(string? value, string what = "Alias")
        {
            var trimmed = (value ?? "").Trim();
            if (trimmed.Length == 0 || trimmed.Length > 100 || HasControl(trimmed))
            {
                throw CallerIdException.InvalidInput(value, $"{what}: give 1 to 100 printable characters.");
            }

            return trimmed;
        }

        /// <summary>A Plivo subaccount: its Auth ID, letters and digits.</summary>
        public static string AuthId(string? value, string what)
        {
            var trimmed = (value ?? "").Trim();
            if (AccountId.IsMatch(trimmed))
            {
                return trimmed;
            }

            throw CallerIdException.InvalidInput(value, $"{what}: '{Shorten(value)}' is not an Auth ID (10 to 40 letters and digits).");
        }

        private static bool HasControl(string text)
        {
            foreach (var c in text)
            {
                if (char.IsControl(c) || c == '\u2028' || c == '\u2029') return true;
            }

            return false;
        }

        public static int PositiveId(int value, string what)
        {
            if (value > 0)
            {
                return value;
            }

            throw CallerIdException.InvalidInput(value, $"{what}: {value} is not a valid id; ids are positive numbers.");
        }

        public static string Shorten(string? text)
        {
            var value = text ?? "";
            return value.Length <= 40 ? value : value.Substring(0, 40) + "…";
        }
    }
}

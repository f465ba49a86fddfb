using System.Text.RegularExpressions;
using CallerIdPs.Errors;

namespace CallerIdPs.Validation
{
    /// <summary>Checks input before any request leaves the machine. Each failure is an InvalidInput error naming the value.</summary>
    public static class Guard
    {
        private static readonly Regex Digits = new Regex("^[0-9]{1,15}$", RegexOptions.CultureInvariant);
        private static readonly Regex SafeId = new Regex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$", RegexOptions.CultureInvariant);

        public static string PhoneNumber(string? value, string what = "PhoneNumber")
        {
            if (PhoneNumberText.TryNormalize(value, out var e164, out var problem))
            {
                return e164;
            }

            throw CallerIdException.InvalidInput(value, $"{what}: {problem}");
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

            throw CallerIdException.InvalidInput(value, trimmed.Length == 0 ? $"{what} is empty." : $"{what}: '{Shorten(value)}' is not a valid id.");
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

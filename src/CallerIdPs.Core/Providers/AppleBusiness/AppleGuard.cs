using System.Text.RegularExpressions;
using CallerIdPs.Errors;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.AppleBusiness
{
    /// <summary>Apple Business's own input checks (its ids and its US-only numbers), on top of <see cref="Guard"/>.</summary>
    internal static class AppleGuard
    {
        private static readonly Regex DigitId = new Regex("^[0-9]{1,30}$", RegexOptions.CultureInvariant);

        /// <summary>An Apple Business id (organization, brand, caller ID): a digit string, kept as text because it overflows a double.</summary>
        public static string AppleId(string? value, string what)
        {
            var trimmed = (value ?? "").Trim();
            if (DigitId.IsMatch(trimmed))
            {
                return trimmed;
            }

            throw CallerIdException.InvalidInput(value, trimmed.Length == 0 ? $"{what} is empty." : $"{what}: '{Guard.Shorten(value)}' is not an Apple Business id (1 to 30 digits).");
        }

        /// <summary>A US number in E.164 (+1 and ten digits): Apple Business takes US numbers only.</summary>
        public static string UsPhoneNumber(string? value, string what = "PhoneNumber")
        {
            var number = Guard.PhoneNumber(value, what);
            if (number.Length == 12 && number.StartsWith("+1", System.StringComparison.Ordinal))
            {
                return number;
            }

            throw CallerIdException.InvalidInput(value, $"{what}: {number} is not a US number; Apple Business caller IDs are US numbers only (+1 and ten digits).");
        }
    }
}

using System.Text;

namespace CallerIdPs.Validation
{
    /// <summary>
    /// E.164 phone numbers as text. Admins paste numbers with spaces, dashes, dots and brackets; those are removed.
    /// Anything else that is not a leading '+' and 7 to 15 digits starting with an assigned country calling code is refused
    /// before a request is sent.
    /// </summary>
    public static class PhoneNumberText
    {
        public const int MaxDigits = 15;
        public const int MinDigits = 7;

        /// <summary>True when <paramref name="text"/> is already a number in E.164 form, exactly as this module writes one.</summary>
        public static bool IsE164(string text) => TryNormalize(text, out var e164, out _) && e164 == text;

        public static bool TryNormalize(string? input, out string e164, out string problem)
        {
            e164 = "";
            problem = "";
            if (string.IsNullOrWhiteSpace(input))
            {
                problem = "The phone number is empty.";
                return false;
            }

            if (input!.Length > 64)
            {
                problem = "The phone number is too long to be an E.164 number.";
                return false;
            }

            var digits = new StringBuilder(input.Length);
            var sawPlus = false;
            foreach (var c in input.Trim())
            {
                if (c == '+' && !sawPlus && digits.Length == 0)
                {
                    sawPlus = true;
                }
                else if (c >= '0' && c <= '9')
                {
                    digits.Append(c);
                }
                else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\u00a0')
                {
                    // formatting people type; not part of the number
                }
                else
                {
                    problem = $"'{Describe(c)}' is not allowed in a phone number; use E.164, e.g. +14155550100.";
                    return false;
                }
            }

            if (!sawPlus)
            {
                problem = "The phone number must be in E.164 form with its country code, starting with '+', e.g. +14155550100.";
                return false;
            }

            if (digits.Length < MinDigits || digits.Length > MaxDigits)
            {
                problem = $"An E.164 number has {MinDigits} to {MaxDigits} digits after '+'; this one has {digits.Length}.";
                return false;
            }

            if (digits[0] == '0')
            {
                problem = "A country code never starts with 0; use E.164, e.g. +14155550100.";
                return false;
            }

            var text = digits.ToString();
            if (CallingCodes.AssignedOf(text) == null)
            {
                problem = $"No country calling code begins +{text.Substring(0, 3)}; use E.164 with the number's country code, e.g. +14155550100.";
                return false;
            }

            e164 = "+" + text;
            return true;
        }

        private static string Describe(char c) => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString();
    }
}

using System.Text;

namespace CallerIdPs.Money
{
    /// <summary>
    /// Whether two spellings are the same phone number: providers list a bought number as "+14155550100",
    /// "14155550100" or "+1 415-555-0100", and an exact text comparison would call the number missing.
    /// </summary>
    internal static class PhoneNumberMatch
    {
        public static string Digits(string? text)
        {
            var digits = new StringBuilder();
            foreach (var c in text ?? "")
            {
                if (c >= '0' && c <= '9') digits.Append(c);
            }

            return digits.ToString();
        }

        public static bool Same(string? a, string? b)
        {
            var left = Digits(a);
            return left.Length > 0 && left == Digits(b);
        }
    }
}

using System.Text;

namespace CallerIdPs.Inventory
{
    /// <summary>
    /// The key numbers meet on: '+' and the digits. Providers write the same number as +14155550100, 14155550100
    /// (Plivo) or "+1 415-555-0100"; all three become +14155550100. Every provider lists numbers with their country
    /// code, so digits without '+' are read as E.164 too.
    /// </summary>
    internal static class NumberKey
    {
        public static string Of(string? phoneNumber)
        {
            var text = (phoneNumber ?? "").Trim();
            var digits = new StringBuilder(text.Length + 1).Append('+');
            foreach (var c in text)
            {
                if (c >= '0' && c <= '9') digits.Append(c);
            }

            // Nothing to normalise: keep the provider's text, so the record still gets a row of its own.
            return digits.Length == 1 ? text : digits.ToString();
        }
    }
}

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// The -Confirm question made from the -WhatIf statement, so the prompt says each fact once: "Buy X from account Y
    /// for Z." asks "Buy X from account Y for Z?", and the notes after the first sentence follow unchanged.
    /// </summary>
    internal static class ConfirmQuestion
    {
        public static string From(string statement)
        {
            var end = FirstSentenceEnd(statement);
            return end < 0 ? statement : statement.Substring(0, end) + "?" + statement.Substring(end + 1);
        }

        /// <summary>The full stop that ends the first sentence: followed by a space or the end, outside quotes and brackets
        /// (an account named 'Acme Inc. US', "0.80 USD" and host names keep theirs); -1 when there is none.</summary>
        private static int FirstSentenceEnd(string text)
        {
            var quoted = false;
            var depth = 0;
            for (var i = 0; i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '\'':
                        // An apostrophe inside a word (Plivo's "account's") opens no quote.
                        if (quoted || i == 0 || !char.IsLetterOrDigit(text[i - 1])) quoted = !quoted;
                        break;
                    case '(':
                        if (!quoted) depth++;
                        break;
                    case ')':
                        if (!quoted && depth > 0) depth--;
                        break;
                    case '.':
                        if (!quoted && depth == 0 && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) return i;
                        break;
                }
            }

            return -1;
        }
    }
}

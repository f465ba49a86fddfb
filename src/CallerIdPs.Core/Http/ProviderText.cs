namespace CallerIdPs.Http
{
    /// <summary>Provider text copied into an error: capped, so a megabyte of error message never fills a console or $Error.</summary>
    internal static class ProviderText
    {
        /// <summary>The most characters of one provider message an error carries.</summary>
        public const int MaxChars = 2000;

        public static string? Cap(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var trimmed = text!.Trim();
            if (trimmed.Length <= MaxChars)
            {
                return trimmed;
            }

            // Never cut a surrogate pair in two.
            var cut = char.IsHighSurrogate(trimmed[MaxChars - 1]) ? MaxChars - 1 : MaxChars;
            return trimmed.Substring(0, cut) + $"… ({trimmed.Length - cut} more characters)";
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace CallerIdPs.Completion
{
    /// <summary>Turns candidate values into completion results: prefix match, quoted when needed, with a tooltip.</summary>
    internal static class CompletionText
    {
        public static IEnumerable<CompletionResult> Matching(string? wordToComplete, IEnumerable<(string Value, string Tooltip)> candidates)
        {
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            return candidates
                .Where(c => c.Value.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(c => new CompletionResult(Quote(c.Value), c.Value, CompletionResultType.ParameterValue, string.IsNullOrEmpty(c.Tooltip) ? c.Value : c.Tooltip));
        }

        private static string Quote(string value) =>
            value.Any(ch => char.IsWhiteSpace(ch) || "'\"$`;(){}[]@#,|&<>".IndexOf(ch) >= 0)
                ? "'" + value.Replace("'", "''") + "'"
                : value;
    }
}

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
            var typed = Typed(wordToComplete);
            return candidates
                .Where(c => c.Value.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(c => new CompletionResult(Quote(c.Value), c.Value, CompletionResultType.ParameterValue, string.IsNullOrEmpty(c.Tooltip) ? c.Value : c.Tooltip));
        }

        /// <summary>
        /// Values that also answer to a name: typing the code or the beginning of the name ("Ger", "Cal") completes the
        /// code or id, and the menu shows both ("DE  Germany", "5  California").
        /// </summary>
        public static IEnumerable<CompletionResult> MatchingNamed(string? wordToComplete, IEnumerable<(string Value, string Name)> candidates)
        {
            var typed = Typed(wordToComplete);
            var list = candidates.ToList();
            var byValue = list.Where(c => c.Value.StartsWith(typed, StringComparison.OrdinalIgnoreCase));
            var byName = list.Where(c => !c.Value.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && NameStartsWith(c.Name, typed));
            return byValue.Concat(byName)
                .Select(c => new CompletionResult(Quote(c.Value), Shown(c.Value, c.Name), CompletionResultType.ParameterValue, string.IsNullOrEmpty(c.Name) ? c.Value : c.Name));
        }

        private static string Shown(string value, string? name) =>
            string.IsNullOrEmpty(name) || string.Equals(name, value, StringComparison.OrdinalIgnoreCase) ? value : $"{value}  {name}";

        private static string Typed(string? wordToComplete) => (wordToComplete ?? "").Trim('\'', '"');

        // "York" finds "New York" too: any word of the name may begin with what was typed.
        private static bool NameStartsWith(string? name, string typed) =>
            typed.Length > 0 && name != null
            && (name.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
                || name.Split(' ', '-', ',').Any(word => word.StartsWith(typed, StringComparison.OrdinalIgnoreCase)));

        private static string Quote(string value) =>
            value.Any(ch => char.IsWhiteSpace(ch) || "'\"$`;(){}[]@#,|&<>".IndexOf(ch) >= 0)
                ? "'" + value.Replace("'", "''") + "'"
                : value;
    }
}

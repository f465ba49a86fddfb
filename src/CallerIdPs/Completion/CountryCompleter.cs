using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using CallerIdPs.Validation;

namespace CallerIdPs.Completion
{
    /// <summary>-Country: the ISO 3166 alpha-2 codes the module accepts, found by code or English name ("Ger" completes DE).</summary>
    public sealed class CountryCompleter : IArgumentCompleter
    {
        private static readonly IReadOnlyList<(string Code, string Name)> Countries =
            CountryCode.All.OrderBy(c => c, System.StringComparer.Ordinal).Select(c => (c, NameOf(c))).ToList();

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionText.MatchingNamed(wordToComplete, Countries);

        private static string NameOf(string code)
        {
            try
            {
                return new RegionInfo(code).EnglishName;
            }
            catch (System.ArgumentException)
            {
                return ""; // a code the platform's region data does not know (or invariant globalization): the code alone
            }
        }
    }
}

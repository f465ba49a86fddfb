using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using CallerIdPs.Validation;

namespace CallerIdPs.Completion
{
    /// <summary>-Country: the ISO 3166 alpha-2 codes the module accepts.</summary>
    public sealed class CountryCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionText.Matching(wordToComplete, CountryCode.All.OrderBy(c => c).Select(c => (c, c)));
    }
}

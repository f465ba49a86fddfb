using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Validation;

namespace CallerIdPs.Completion
{
    /// <summary>
    /// Get-AvailableNumber -Type: only the types the -Connection typed (else any open connection that sells by country)
    /// would search for the -Country typed, as each provider's own check says before any request; none is asked.
    /// </summary>
    public sealed class SoldNumberTypeCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var country = fakeBoundParameters["Country"] as string;
            var code = country != null && CountryCode.TryNormalize(country, out var normalized, out _) ? normalized : "US";
            var given = fakeBoundParameters["Connection"];
            var chosen = given == null ? ConnectionRegistry.Current.All.Where(c => c.IsOpen) : new[] { ProviderLookup.Pick(given, _ => false) }.Where(c => c != null).Select(c => c!);
            var sellers = chosen
                .Select(c => c.Client as IAvailableNumberSource)
                .Where(s => s != null)
                .ToList();
            var sold = ((NumberType[])Enum.GetValues(typeof(NumberType)))
                .Where(type => sellers.Any(s => s!.CannotAnswer(new NumberSearch(code) { Type = type }) == null))
                .Select(type => (type.ToString(), type.ToString()));
            return CompletionText.Matching(wordToComplete, sold);
        }
    }
}

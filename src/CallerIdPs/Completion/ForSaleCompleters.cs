using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using CallerIdPs.Providers.Plivo;

namespace CallerIdPs.Completion
{
    /// <summary>Get-AvailableNumber -Service: the services a search can require (Plivo's voice, sms and mms).</summary>
    public sealed class ServiceCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionText.Matching(wordToComplete, PlivoClient.SearchServices.Keys.Select(s => (s.ToString(), $"{s}: only numbers that offer it")));
    }

    /// <summary>Get-AvailableNumber -Type with -Country: the types IdentityCall and Plivo sell, not every type the module knows.</summary>
    public sealed class ForSaleTypeCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionText.Matching(wordToComplete, PlivoClient.SearchTypes.Keys.Select(t => (t.ToString(), $"{t} numbers")));
    }
}

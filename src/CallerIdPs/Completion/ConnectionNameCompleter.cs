using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using CallerIdPs.Infrastructure;

namespace CallerIdPs.Completion
{
    /// <summary>-Connection and -Name: the session's connections that can do what the command needs (its
    /// <see cref="ConnectionCapabilityAttribute"/>), with provider and account as the tooltip.</summary>
    public sealed class ConnectionNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var needed = ConnectionCapabilityAttribute.Of(commandName);
            return CompletionText.Matching(
                wordToComplete,
                ConnectionRegistry.Current.All.Where(c => c.Supports(needed)).Select(c => (c.Name, $"{c.ProviderName}{(c.Sandbox ? " sandbox" : "")}: {c.Account}")));
        }
    }
}

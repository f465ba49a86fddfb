using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace CallerIdPs.Completion
{
    /// <summary>-Department (Apple Business): the department values Apple documents or shows in its examples.</summary>
    public sealed class DepartmentCompleter : IArgumentCompleter
    {
        private static readonly (string, string)[] Known =
        {
            ("department.general.support.customer_service", "Customer service (documented)"),
            ("department.general.support.service_center", "Service center (seen in Apple's list example)"),
        };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionText.Matching(wordToComplete, Known);
    }
}

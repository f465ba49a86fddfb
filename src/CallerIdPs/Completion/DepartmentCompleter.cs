using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Completion
{
    /// <summary>
    /// -Department (Apple Business): the values Apple documents or shows in its examples (apple-business.md names only
    /// these two; the full list is not published), then the departments the connected account already uses.
    /// </summary>
    public sealed class DepartmentCompleter : IArgumentCompleter
    {
        private const int CallerIdsLookedAt = 1000;

        private static readonly (string, string)[] Known =
        {
            ("department.general.support.customer_service", "Customer service (documented)"),
            ("department.general.support.service_center", "Service center (seen in Apple's list example)"),
        };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var connection = ProviderLookup.Pick(fakeBoundParameters["Connection"], ProviderKind.AppleBusiness);
            var inUse = connection == null || connection.Provider != ProviderKind.AppleBusiness
                ? new (string, string)[0]
                : ProviderLookup.Cached(connection, "departments", ct => InUseAsync(connection.ClientAs<ICallerIdSource>(), connection.Name, ct));
            return CompletionText.Matching(wordToComplete, Known.Concat(inUse.Where(d => !Known.Any(k => k.Item1 == d.Value))));
        }

        // Through Core's ItemStream, so the cmdlet assembly does not bind to Microsoft.Bcl.AsyncInterfaces (see ItemStream).
        private static async Task<IReadOnlyList<(string, string)>> InUseAsync(ICallerIdSource source, string connectionName, CancellationToken cancellationToken)
        {
            var departments = new SortedSet<string>(System.StringComparer.Ordinal);
            var seen = 0;
            await foreach (var callerId in source.StreamCallerIds(new CallerIdQuery(), null, cancellationToken))
            {
                if (callerId is AppleCallerId { Department: { } department }) departments.Add(department);
                if (++seen >= CallerIdsLookedAt) break;
            }

            return departments.Select(d => (d, $"In use on {connectionName}")).ToList();
        }
    }
}

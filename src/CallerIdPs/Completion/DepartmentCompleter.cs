using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Providers;

namespace CallerIdPs.Completion
{
    /// <summary>
    /// -Department: the values the providers whose caller IDs have a department suggest (those they document), then the
    /// departments the connected account already uses.
    /// </summary>
    public sealed class DepartmentCompleter : IArgumentCompleter
    {
        private const int CallerIdsLookedAt = 1000;

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var rules = ConnectionFactory.CallerIdChanges;
            var owners = rules.ProvidersWith(CallerIdField.Department);
            var known = rules.Suggestions(CallerIdField.Department);
            var connection = ProviderLookup.Pick(fakeBoundParameters["Connection"], c => owners.Contains(c.Provider));
            var inUse = connection == null || !owners.Contains(connection.Provider)
                ? new (string, string)[0]
                : ProviderLookup.Cached(connection, "departments", ct => InUseAsync(connection.ClientAs<ICallerIdSource>(), rules.EditingOf(connection.Provider)!, connection.Name, ct));
            return CompletionText.Matching(wordToComplete, known.Concat(inUse.Where(d => !known.Any(k => k.Value == d.Item1))));
        }

        // Through Core's ItemStream, so the cmdlet assembly does not bind to Microsoft.Bcl.AsyncInterfaces (see ItemStream).
        private static async Task<IReadOnlyList<(string, string)>> InUseAsync(ICallerIdSource source, CallerIdEditing editing, string connectionName, CancellationToken cancellationToken)
        {
            var departments = new SortedSet<string>(System.StringComparer.Ordinal);
            var seen = 0;
            await foreach (var callerId in source.StreamCallerIds(new CallerIdQuery(), null, cancellationToken))
            {
                if (editing.ValueOf(callerId, CallerIdField.Department) is { } department) departments.Add(department);
                if (++seen >= CallerIdsLookedAt) break;
            }

            return departments.Select(d => (d, $"In use on {connectionName}")).ToList();
        }
    }
}

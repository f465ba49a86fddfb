using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Journal;

namespace CallerIdPs.Cmdlets.Journal
{
    [Cmdlet(VerbsCommon.Get, "CallerIdJournal")]
    [OutputType(typeof(JournalEntry))]
    public sealed class GetCallerIdJournalCommand : CallerIdCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ConnectionTransformation(Names = true)]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public string[]? Connection { get; set; }

        [Parameter]
        public JournalOutcome[]? Outcome { get; set; }

        protected override void EndProcessing()
        {
            var entries = Connection == null ? Registry.Journal.Entries : Connection.SelectMany(EntriesOf).GroupBy(e => e.Id).Select(g => g.First()).OrderBy(e => e.Time).ToList();
            foreach (var entry in entries)
            {
                if (Outcome != null && !Outcome.Contains(entry.Outcome)) continue;
                WriteObject(entry);
            }
        }

        /// <summary>
        /// This runspace's entries of the connections a name matches, and, for a plain name, the entries of the connection
        /// -Connection resolves it to in another runspace (ForEach-Object -Parallel, a thread job), whose journal holds them.
        /// </summary>
        private IEnumerable<JournalEntry> EntriesOf(string name)
        {
            var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
            var own = Registry.Journal.Entries.Where(e => pattern.IsMatch(e.ConnectionName)).ToList();
            if (WildcardPattern.ContainsWildcardCharacters(name))
            {
                return own;
            }

            var resolved = ConnectionRegistry.Resolve(name);
            if (resolved == null && own.Count == 0)
            {
                WriteFailure(ConnectionSelection.NoSuchName(name), name);
            }

            return own.Concat(resolved?.Unsafe?.Journal.Entries ?? new List<JournalEntry>());
        }
    }
}

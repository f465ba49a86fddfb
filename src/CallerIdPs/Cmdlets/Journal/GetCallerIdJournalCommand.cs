using System.Linq;
using System.Management.Automation;
using CallerIdPs.Completion;
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
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public string[]? Connection { get; set; }

        [Parameter]
        public JournalOutcome[]? Outcome { get; set; }

        protected override void EndProcessing()
        {
            var patterns = Connection?.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList();
            foreach (var entry in Registry.Journal.Entries)
            {
                if (patterns != null && !patterns.Any(p => p.IsMatch(entry.ConnectionName))) continue;
                if (Outcome != null && !Outcome.Contains(entry.Outcome)) continue;
                WriteObject(entry);
            }
        }
    }
}

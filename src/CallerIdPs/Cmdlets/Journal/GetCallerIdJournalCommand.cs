using System.Linq;
using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Infrastructure;
using CallerIdPs.Journal;

namespace CallerIdPs.Cmdlets.Journal
{
    /// <summary>
    /// <para type="synopsis">Lists every purchase, reservation, release, deletion and verification start the module sent or attempted
    /// in this session (and those read from journal files at connect), with its outcome and the evidence for it.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CallerIdJournal")]
    [OutputType(typeof(JournalEntry))]
    public sealed class GetCallerIdJournalCommand : CallerIdCmdlet
    {
        /// <summary><para type="description">Only the entries of connections with these names (wildcards allowed).</para></summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public string[]? Connection { get; set; }

        /// <summary><para type="description">Only entries with these outcomes: Succeeded, Refused, Unknown, SettledBought, SettledNotBought.</para></summary>
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

using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Journal;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// The journal file (-JournalPath) as the money rules need it: checked at connect, so a purchase never fails for
    /// want of a journal; and when it stops taking lines after connect, the purchase is not sent and leaves no entry
    /// that would refuse the retry.
    /// </summary>
    public sealed class JournalPathTests : IDisposable
    {
        private const string LosAngeles = "Get-NumberRegion -Country US | Where-Object Name -eq 'California' | Get-NumberCity | Where-Object Name -eq 'Los Angeles' | Find-NumberGroup -Type local | Get-AvailableNumber | Select-Object -First 1";

        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession(connect: false);
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "callerid-journal-" + Guid.NewGuid().ToString("N"));

        public JournalPathTests()
        {
            Directory.CreateDirectory(_folder);
        }

        public void Dispose()
        {
            _tc.Dispose();
            Directory.Delete(_folder, recursive: true);
        }

        private EngineResult Connect(string journal)
        {
            _tc.Session.SetVariable("journal", journal);
            return _tc.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri -JournalPath $journal -Name E");
        }

        [Fact]
        public void A_purchase_whose_journal_line_cannot_be_written_is_not_sent_leaves_no_entry_and_does_not_refuse_the_retry()
        {
            var journal = Path.Combine(_folder, "j.jsonl");
            Connect(journal).AssertNoErrors();
            _tc.Run($"$n = {LosAngeles}").AssertNoErrors();
            File.Delete(journal);
            Directory.CreateDirectory(journal); // the file became unwritable after connect

            var failed = _tc.Run("$n | Invoke-NumberPurchase -Confirm:$false");

            var error = Assert.Single(failed.Errors);
            Assert.StartsWith("JournalUnwritable", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.WriteError, error.CategoryInfo.Category);
            Assert.Equal(journal, error.TargetObject);
            Assert.Contains("was not sent", error.Exception.Message);
            Assert.Contains("Connect-CallerIdProvider -JournalPath", error.ErrorDetails.RecommendedAction);
            Assert.Equal(0, _tc.Emulator.PurchaseCount);
            Assert.Empty(_tc.Run("Get-CallerIdJournal").Objects<JournalEntry>());

            Directory.Delete(journal);
            Connect(journal).AssertNoErrors();
            _tc.Run("$n | Invoke-NumberPurchase -Confirm:$false").AssertNoErrors();

            Assert.Equal(1, _tc.Emulator.PurchaseCount);
            Assert.Equal(JournalOutcome.Succeeded, _tc.Run("Get-CallerIdJournal").Single<JournalEntry>().Outcome);
        }

        [Theory]
        [InlineData("folder")]
        [InlineData("missing-folder")]
        public void A_journal_path_that_cannot_be_written_is_refused_at_connect(string kind)
        {
            var journal = kind == "folder" ? _folder : Path.Combine(_folder, "missing", "j.jsonl");

            var result = Connect(journal);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("JournalUnwritable", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.WriteError, error.CategoryInfo.Category);
            Assert.Equal(journal, error.TargetObject);
            Assert.Empty(_tc.Run("Get-CallerIdConnection").Output);
            Assert.False(File.Exists(Path.Combine(_folder, "missing", "j.jsonl")));
        }

        [Fact]
        public void A_journal_file_with_unreadable_lines_connects_with_a_warning_that_counts_them()
        {
            var journal = Path.Combine(_folder, "j.jsonl");
            File.WriteAllText(journal, "not json\n{\"torn\n");

            var result = Connect(journal);

            result.AssertNoErrors();
            var warning = Assert.Single(result.Warnings);
            Assert.Contains("Skipped 2 unreadable lines", warning);
            Assert.Contains(journal, warning);
            Assert.Equal("not json\n{\"torn\n", File.ReadAllText(journal));
        }

        [Fact]
        public void A_new_journal_file_connects_without_a_warning_and_without_an_entry()
        {
            var journal = Path.Combine(_folder, "new.jsonl");

            var result = Connect(journal);

            result.AssertNoErrors();
            Assert.Empty(result.Warnings);
            Assert.Equal("", File.ReadAllText(journal));
        }
    }
}

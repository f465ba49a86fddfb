using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Journal;
using CallerIdPs.Model;
using CallerIdPs.Money;

namespace CallerIdPs.Tests.Money
{
    /// <summary>The journal file: JSON lines a rerun reads back, refusing to buy again what an earlier run bought or may have bought.</summary>
    public sealed class JournalFileTests : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), "callerid-journal-" + Guid.NewGuid().ToString("N") + ".jsonl");

        public void Dispose()
        {
            if (File.Exists(_path)) File.Delete(_path);
        }

        private ConnectionJournal Connect(CallerIdJournal session, string account = "2Chat ACC1")
        {
            var journal = new ConnectionJournal(session, ProviderKind.TwoChat, "TwoChat", _path) { Account = account };
            journal.Load();
            return journal;
        }

        [Fact]
        public void Each_entry_is_a_line_when_sent_and_a_line_when_it_ends_and_reads_back_as_its_last_state()
        {
            var journal = Connect(new CallerIdJournal());
            var entry = journal.Begin(new UnsafeRequest(JournalOperation.Purchase, "+4930555", "check") { SetupPrice = 1.5m, MonthlyPrice = 4m, Currency = "USD" });
            journal.Complete(entry, JournalOutcome.SettledBought, "listed as DID1", "req-7");

            var lines = File.ReadAllLines(_path);
            Assert.Equal(2, lines.Length);
            Assert.Contains("\"Outcome\":\"Unknown\"", lines[0]);
            Assert.Contains("\"Outcome\":\"SettledBought\"", lines[1]);
            var read = Assert.Single(new JournalFile(_path).Read(out _));
            Assert.Equal(entry.Id, read.Id);
            Assert.Equal(JournalOutcome.SettledBought, read.Outcome);
            Assert.Equal(4m, read.MonthlyPrice);
            Assert.Equal("req-7", read.RequestId);
            Assert.Equal("2Chat ACC1", read.Account);
        }

        [Theory]
        [InlineData(JournalOutcome.Succeeded, true)]
        [InlineData(JournalOutcome.SettledBought, true)]
        [InlineData(JournalOutcome.Unknown, true)]
        [InlineData(JournalOutcome.Refused, false)]
        [InlineData(JournalOutcome.SettledNotBought, false)]
        public void A_rerun_refuses_a_number_the_file_shows_bought_or_perhaps_bought_on_that_account(JournalOutcome outcome, bool refused)
        {
            var first = Connect(new CallerIdJournal());
            var entry = first.Begin(new UnsafeRequest(JournalOperation.Purchase, "+14155550100", "check"));
            first.Complete(entry, outcome, "evidence", null);

            var rerun = Connect(new CallerIdJournal());

            if (refused)
            {
                var error = Assert.Throws<CallerIdException>(() => rerun.RefuseRepeat("14155550100", allowRepeat: false));
                Assert.Equal(CallerIdErrorKind.AlreadyAttempted, error.Kind);
                Assert.Contains(_path, error.Message);
            }
            else
            {
                rerun.RefuseRepeat("+14155550100", allowRepeat: false);
            }

            rerun.RefuseRepeat("+14155550100", allowRepeat: true);
        }

        [Fact]
        public void A_purchase_killed_before_its_answer_counts_as_perhaps_bought()
        {
            Connect(new CallerIdJournal()).Begin(new UnsafeRequest(JournalOperation.Purchase, "+14155550100", "check"));

            Assert.Throws<CallerIdException>(() => Connect(new CallerIdJournal()).RefuseRepeat("+14155550100", false));
        }

        [Fact]
        public void Another_account_in_the_same_file_is_not_refused()
        {
            var first = Connect(new CallerIdJournal(), "2Chat ACC1");
            first.Complete(first.Begin(new UnsafeRequest(JournalOperation.Purchase, "+14155550100", "check")), JournalOutcome.Succeeded, "ok", null);

            Connect(new CallerIdJournal(), "2Chat ACC2").RefuseRepeat("+14155550100", false);
        }

        [Fact]
        public void A_torn_last_line_is_skipped_and_two_connections_appending_at_once_lose_no_line()
        {
            var session = new CallerIdJournal();
            var a = Connect(session);
            var b = new ConnectionJournal(session, ProviderKind.IdentityCall, "IdentityCall", _path) { Account = "IdentityCall x" };
            Parallel.For(0, 200, i => (i % 2 == 0 ? a : b).Begin(new UnsafeRequest(JournalOperation.Reservation, "+1415555" + i.ToString("0000"), "check")));
            File.AppendAllText(_path, "{\"Id\":\"broken");

            var read = new JournalFile(_path).Read(out var unreadable);

            Assert.Equal(200, read.Count);
            Assert.Equal(1, unreadable);
            Assert.Equal(200, File.ReadAllLines(_path).Count(l => l.EndsWith("}")));
            Assert.Equal(200, session.Entries.Count);
        }

        [Fact]
        public void A_file_read_by_two_connections_is_listed_once()
        {
            var first = Connect(new CallerIdJournal());
            first.Begin(new UnsafeRequest(JournalOperation.Purchase, "+14155550100", "check"));
            var session = new CallerIdJournal();
            Connect(session);
            Connect(session);

            Assert.Single(session.Entries);
        }
    }
}

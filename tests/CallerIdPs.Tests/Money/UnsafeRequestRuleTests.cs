using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Journal;
using CallerIdPs.Model;
using CallerIdPs.Money;

namespace CallerIdPs.Tests.Money
{
    /// <summary>
    /// The one rule for requests that spend: a lost answer is settled by reading the account on a schedule; "safe to try
    /// again" only when the last check, after the whole window, proved the number absent; OutcomeUnknown otherwise.
    /// </summary>
    public sealed class UnsafeRequestRuleTests
    {
        private const string Number = "+14155550100";
        private readonly List<TimeSpan> _waits = new List<TimeSpan>();
        private readonly CallerIdJournal _journal = new CallerIdJournal();

        private UnsafeRequests Rule()
        {
            var schedule = new SettlementSchedule(
                new[] { TimeSpan.Zero, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10) },
                (wait, ct) => { _waits.Add(wait); return Task.CompletedTask; });
            var journal = new ConnectionJournal(_journal, ProviderKind.TwoChat, "TwoChat", null) { Account = "2Chat ACC1" };
            return new UnsafeRequests(journal, schedule, TimeSpan.FromSeconds(100));
        }

        private static CallerIdException Lost() =>
            new CallerIdException(CallerIdErrorKind.OutcomeUnknown, "2Chat: 'buy +14155550100' could not be completed (connection reset).") { Provider = "2Chat" };

        private Task<string> Buy(FakeAccount account, CallerIdException? failure = null)
        {
            var request = new UnsafeRequest(JournalOperation.Purchase, Number, "Get-VirtualNumber -PhoneNumber " + Number) { MonthlyPrice = 3.5m, Currency = "USD" };
            return Rule().SendAsync(
                request,
                ct => Task.FromException<string>(failure ?? Lost()),
                OwnershipCheck.Purchase<string>(account, Number, Rule().Schedule, (owned, proof) => owned.Id),
                CancellationToken.None);
        }

        private JournalEntry OnlyEntry() => Assert.Single(_journal.Entries);

        [Fact]
        public async Task A_number_that_appears_at_the_third_check_was_bought()
        {
            var account = new FakeAccount().Then().Then().Then(FakeAccount.Number(Number, VirtualNumberStatus.PendingActivation, "DIDnew"));

            Assert.Equal("DIDnew", await Buy(account));
            Assert.Equal(3, account.Listings);
            Assert.Equal(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3) }, _waits);
            var entry = OnlyEntry();
            Assert.Equal(JournalOutcome.SettledBought, entry.Outcome);
            Assert.Contains("check 3 of 4", entry.Evidence);
            Assert.Contains("PendingActivation", entry.Evidence);
        }

        [Fact]
        public async Task A_number_listed_without_the_plus_or_with_spaces_is_the_same_number()
        {
            Assert.Equal("DIDa", await Buy(new FakeAccount().Then(FakeAccount.Number("14155550100", id: "DIDa"))));
            _journal.Entries.ToList().ForEach(e => Assert.Equal(JournalOutcome.SettledBought, e.Outcome));
            Assert.Equal("DIDb", await Buy(new FakeAccount().Then(FakeAccount.Number("+1 415-555-0100", id: "DIDb"))));
        }

        [Fact]
        public async Task An_old_released_record_of_the_number_does_not_count_as_bought()
        {
            var account = new FakeAccount().Then(FakeAccount.Number(Number, VirtualNumberStatus.Released, "DIDold"), FakeAccount.Number("+14155550199", id: "DIDother"));

            var error = await Assert.ThrowsAsync<CallerIdException>(() => Buy(account));

            Assert.Equal(CallerIdErrorKind.ProviderUnavailable, error.Kind);
            Assert.Contains("safe to try again", error.Hint);
            Assert.Contains("DIDold", error.Message);
            Assert.False(error.ProviderMayHaveActed);
            Assert.Equal(4, account.Listings);
            Assert.Equal(JournalOutcome.SettledNotBought, OnlyEntry().Outcome);
        }

        [Fact]
        public async Task A_number_being_released_does_not_count_as_bought_either()
        {
            var account = new FakeAccount().Then(FakeAccount.Number(Number, VirtualNumberStatus.PendingCancellation));

            var error = await Assert.ThrowsAsync<CallerIdException>(() => Buy(account));

            Assert.Equal(JournalOutcome.SettledNotBought, OnlyEntry().Outcome);
            Assert.Contains("PendingCancellation", error.Message);
        }

        [Fact]
        public async Task Absence_is_proof_only_after_the_whole_window()
        {
            var account = new FakeAccount().Then();

            var error = await Assert.ThrowsAsync<CallerIdException>(() => Buy(account));

            Assert.Equal(4, account.Listings);
            Assert.Equal(TimeSpan.FromSeconds(10), TimeSpan.FromTicks(_waits.Sum(w => w.Ticks)));
            Assert.Contains("4 time(s) over 10 s", error.Message);
            Assert.Equal(JournalOutcome.SettledNotBought, OnlyEntry().Outcome);
        }

        [Fact]
        public async Task An_account_that_cannot_be_read_at_the_end_leaves_the_outcome_unknown()
        {
            var account = new FakeAccount().Then().Then().Then().ThenFails();

            var error = await Assert.ThrowsAsync<CallerIdException>(() => Buy(account));

            Assert.Equal(CallerIdErrorKind.OutcomeUnknown, error.Kind);
            Assert.True(error.ProviderMayHaveActed);
            Assert.DoesNotContain("safe", error.Hint);
            Assert.Contains("Get-VirtualNumber -PhoneNumber " + Number, error.Hint);
            Assert.Equal(JournalOutcome.Unknown, OnlyEntry().Outcome);
        }

        [Fact]
        public async Task An_account_that_never_reads_leaves_the_outcome_unknown()
        {
            var error = await Assert.ThrowsAsync<CallerIdException>(() => Buy(new FakeAccount().ThenFails()));

            Assert.Equal(CallerIdErrorKind.OutcomeUnknown, error.Kind);
            Assert.Equal(JournalOutcome.Unknown, OnlyEntry().Outcome);
        }

        [Fact]
        public async Task A_documented_refusal_is_not_settled_and_is_journalled_as_refused()
        {
            var account = new FakeAccount().Then();
            var refused = new CallerIdException(CallerIdErrorKind.NumberUnavailable, "2Chat could not buy it (HTTP 422)") { HttpStatus = 422 };

            var error = await Assert.ThrowsAsync<CallerIdException>(() => Buy(account, refused));

            Assert.Same(refused, error);
            Assert.Equal(0, account.Listings);
            Assert.Equal(JournalOutcome.Refused, OnlyEntry().Outcome);
        }

        [Theory]
        [InlineData(500)]
        [InlineData(503)]
        [InlineData(429)]
        public async Task A_5xx_or_429_on_a_purchase_is_settled_before_anything_is_said(int status)
        {
            var account = new FakeAccount().Then(FakeAccount.Number(Number, id: "DIDx"));
            var failed = new CallerIdException(CallerIdErrorKind.ProviderUnavailable, $"HTTP {status}") { HttpStatus = status };

            Assert.Equal("DIDx", await Buy(account, failed));
            Assert.Equal(JournalOutcome.SettledBought, OnlyEntry().Outcome);
        }

        [Fact]
        public async Task The_transport_flag_alone_triggers_settlement()
        {
            var flagged = new CallerIdException(CallerIdErrorKind.ProviderError, "body could not be decompressed") { ProviderMayHaveActed = true, HttpStatus = 200 };

            Assert.Equal("DID1", await Buy(new FakeAccount().Then(FakeAccount.Number(Number)), flagged));
        }

        [Fact]
        public async Task A_request_that_succeeds_is_journalled_once_sent_and_again_when_answered()
        {
            var request = new UnsafeRequest(JournalOperation.Deletion, "+14155550100", "Get-CallerId");
            JournalOutcome? whileInFlight = null;

            await Rule().SendAsync(request, ct => { whileInFlight = OnlyEntry().Outcome; return Task.CompletedTask; }, null, CancellationToken.None);

            Assert.Equal(JournalOutcome.Unknown, whileInFlight);
            Assert.Equal(JournalOutcome.Succeeded, OnlyEntry().Outcome);
            Assert.NotNull(OnlyEntry().CompletedAt);
        }

        [Fact]
        public async Task Ctrl_C_before_sending_sends_nothing_and_Ctrl_C_while_sending_does_not_cancel_the_request()
        {
            var request = new UnsafeRequest(JournalOperation.Purchase, Number, "Get-VirtualNumber");
            using var stop = new CancellationTokenSource();
            stop.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Rule().SendAsync(request, ct => Task.CompletedTask, null, stop.Token));
            Assert.Empty(_journal.Entries);

            using var later = new CancellationTokenSource();
            var tokenSeen = await Rule().SendAsync(request, ct => { later.Cancel(); return Task.FromResult(ct.CanBeCanceled); }, null, later.Token);
            Assert.False(tokenSeen);
            Assert.Equal(JournalOutcome.Succeeded, OnlyEntry().Outcome);
        }

        [Fact]
        public async Task A_deletion_whose_answer_was_lost_is_done_when_a_check_shows_it_gone()
        {
            var checks = 0;
            var request = new UnsafeRequest(JournalOperation.Deletion, Number, "Get-CallerId -PhoneNumber " + Number);

            await Rule().SendAsync(request, ct => Task.FromException(Lost()), ct => Task.FromResult(++checks == 2), CancellationToken.None);

            Assert.Equal(2, checks);
            Assert.Equal(JournalOutcome.SettledBought, OnlyEntry().Outcome);
            Assert.Contains("check 2 of 4", OnlyEntry().Evidence);
        }

        [Fact]
        public async Task A_deletion_still_there_after_the_window_is_safe_to_retry_and_one_that_cannot_be_checked_is_unknown()
        {
            var request = new UnsafeRequest(JournalOperation.Deletion, Number, "Get-CallerId -PhoneNumber " + Number);

            var stillThere = await Assert.ThrowsAsync<CallerIdException>(() => Rule().SendAsync(request, ct => Task.FromException(Lost()), ct => Task.FromResult(false), CancellationToken.None));
            var unreadable = await Assert.ThrowsAsync<CallerIdException>(() => Rule().SendAsync(
                request,
                ct => Task.FromException(Lost()),
                ct => Task.FromException<bool>(new CallerIdException(CallerIdErrorKind.ProviderUnavailable, "HTTP 503")),
                CancellationToken.None));

            Assert.Contains("safe to try again", stillThere.Hint);
            Assert.Equal(CallerIdErrorKind.OutcomeUnknown, unreadable.Kind);
            Assert.Equal(new[] { JournalOutcome.SettledNotBought, JournalOutcome.Unknown }, _journal.Entries.Select(e => e.Outcome));
        }

        [Fact]
        public void The_settling_window_is_not_cut_short_by_a_short_timeout()
        {
            var journal = new ConnectionJournal(_journal, ProviderKind.TwoChat, "TwoChat", null) { Account = "2Chat ACC1" };
            var rules = new UnsafeRequests(journal, SettlementSchedule.Default, TimeSpan.FromSeconds(1));

            Assert.Equal(SettlementSchedule.Default.Offsets, rules.Schedule.Offsets);
            Assert.Equal(TimeSpan.FromSeconds(10), rules.Schedule.Window);
        }
    }
}

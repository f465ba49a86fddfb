using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using CallerIdPs.Journal;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Spending money through the cmdlets: price and requirements known before the prompt, one switch per meaning
    /// (-Force, -AllowUnmetRequirements, -AllowRepeat), every purchase journalled, no second purchase of a number the
    /// journal shows bought, and Ctrl+C that does not abandon a purchase in flight.
    /// </summary>
    public sealed class MoneyRulesTests : IDisposable
    {
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession();
        private readonly string _journalPath = Path.Combine(Path.GetTempPath(), "callerid-engine-" + Guid.NewGuid().ToString("N") + ".jsonl");

        public void Dispose()
        {
            _tc.Dispose();
            if (File.Exists(_journalPath)) File.Delete(_journalPath);
        }

        private const string BerlinGroup = "Find-NumberGroup -Country DE -Type local | Where-Object AllowNumberSelection | Select-Object -First 1";
        private const string LosAngeles = "Get-NumberRegion -Country US | Where-Object Name -eq 'California' | Get-NumberCity | Where-Object Name -eq 'Los Angeles' | Find-NumberGroup -Type local | Get-AvailableNumber | Select-Object -First 1";

        private T Variable<T>(string name)
        {
            var value = _tc.Session.GetVariable(name);
            return (T)(value is PSObject wrapped ? wrapped.BaseObject : value)!;
        }

        [Fact]
        public void A_number_listed_by_group_id_alone_gets_its_group_s_requirements_and_price_before_anything_is_spent()
        {
            var groupId = _tc.Run(BerlinGroup).Single<NumberGroup>().Id;
            _tc.Session.SetVariable("groupId", groupId);
            _tc.Run("$n = Get-AvailableNumber -GroupId $groupId | Select-Object -First 1").AssertNoErrors();
            var number = Variable<TwoChatAvailableNumber>("n");
            Assert.Equal(4.00m, number.MonthlyPrice); // the listing looked its group up (it was null before: the listing showed no price)

            var refused = _tc.Run("$n | Invoke-NumberPurchase -Confirm:$false");

            var error = Assert.Single(refused.Errors);
            Assert.StartsWith("RequirementsUnmet", error.FullyQualifiedErrorId);
            Assert.Contains("Proof of address required", error.Exception.Message);
            Assert.Equal(0, _tc.Emulator.PurchaseCount);

            _tc.Session.Host.Clear();
            _tc.Run("$n | Invoke-NumberPurchase -AllowUnmetRequirements -WhatIf").AssertNoErrors();
            var said = _tc.Session.Host.Text;
            Assert.Contains("1.50 USD setup and 4.00 USD a month", said);
            Assert.DoesNotContain("did not state", said);
            Assert.Equal(0, _tc.Emulator.PurchaseCount);
        }

        [Fact]
        public void WhatIf_and_the_prompt_name_number_provider_account_connection_and_price()
        {
            _tc.Run($"$n = {LosAngeles}").AssertNoErrors();
            var number = Variable<AvailableNumber>("n");
            _tc.Session.Host.Clear();
            _tc.Run("$n | Invoke-NumberPurchase -WhatIf").AssertNoErrors();
            var whatIf = _tc.Session.Host.Text;
            _tc.Session.Host.Answers.Enqueue("No");
            _tc.Run("$n | Invoke-NumberPurchase").AssertNoErrors();
            var prompt = Assert.Single(_tc.Session.Host.Prompts);

            foreach (var text in new[] { whatIf, prompt })
            {
                Assert.Contains(number.PhoneNumber, text);
                Assert.Contains("2Chat account", text);
                Assert.Contains("Sandbox Telephony", text);
                Assert.Contains("connection 'TwoChat'", text);
                Assert.Contains("0.00 USD setup and 3.50 USD a month", text);
            }

            Assert.Equal(0, _tc.Emulator.PurchaseCount);
        }

        [Fact]
        public void Release_and_reservation_removal_prompts_name_the_account_and_connection_too()
        {
            _tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").AssertNoErrors();
            _tc.Session.Host.Answers.Enqueue("No");
            _tc.Session.Host.Answers.Enqueue("No");

            _tc.Run("Get-VirtualNumber | Select-Object -First 1 | Remove-VirtualNumber").AssertNoErrors();
            _tc.Run("Get-NumberReservation | Remove-NumberReservation").AssertNoErrors();

            Assert.Equal(2, _tc.Session.Host.Prompts.Count);
            Assert.All(_tc.Session.Host.Prompts, p => Assert.Contains("2Chat account 'Sandbox Telephony", p));
            Assert.All(_tc.Session.Host.Prompts, p => Assert.Contains("connection 'TwoChat'", p));
            Assert.Single(_tc.Emulator.ActiveReservations());
        }

        [Fact]
        public void A_number_the_journal_shows_bought_is_refused_without_AllowRepeat()
        {
            _tc.Run($"$n = {LosAngeles}").AssertNoErrors();
            _tc.Run("$n | Invoke-NumberPurchase -Force").Single<NumberPurchaseResult>();

            var again = _tc.Run("$n | Invoke-NumberPurchase -Force");

            var error = Assert.Single(again.Errors);
            Assert.StartsWith("AlreadyAttempted", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
            Assert.Contains("-AllowRepeat", error.ErrorDetails.RecommendedAction);
            var piped = _tc.Session.GetVariable("n");
            Assert.Same(piped is PSObject wrapped ? wrapped.BaseObject : piped, error.TargetObject); // the piped record, like the purchase's other errors
            Assert.Equal(1, _tc.Emulator.PurchaseCount);

            var before = _tc.Emulator.RequestCount;
            _tc.Run("$n | Invoke-NumberPurchase -Force -AllowRepeat");
            Assert.True(_tc.Emulator.RequestCount > before, "-AllowRepeat should send the purchase.");
        }

        [Fact]
        public void The_journal_file_remembers_a_purchase_across_a_reconnect()
        {
            _tc.Session.SetVariable("journal", _journalPath);
            _tc.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri -JournalPath $journal").AssertNoErrors();
            _tc.Run($"$n = {LosAngeles}").AssertNoErrors();
            _tc.Run("$n | Invoke-NumberPurchase -Force").Single<NumberPurchaseResult>();
            _tc.Run("Disconnect-CallerIdProvider -Name TwoChat").AssertNoErrors();

            using var rerun = new ModuleSession();
            rerun.SetVariable("key", LoopbackModuleSession.Secure(_tc.ApiKey));
            rerun.SetVariable("uri", _tc.BaseUri);
            rerun.SetVariable("journal", _journalPath);
            rerun.SetVariable("n", _tc.Session.GetVariable("n"));
            rerun.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri -JournalPath $journal").AssertNoErrors();

            var listed = rerun.Run("Get-CallerIdJournal -Outcome Succeeded").Objects<JournalEntry>().ToList();
            var again = rerun.Run("$n | Invoke-NumberPurchase -Force");

            Assert.Contains(listed, e => e.Operation == JournalOperation.Purchase && e.JournalPath == _journalPath);
            Assert.StartsWith("AlreadyAttempted", Assert.Single(again.Errors).FullyQualifiedErrorId);
            Assert.Equal(1, _tc.Emulator.PurchaseCount);
        }

        [Fact]
        public void A_purchase_whose_answer_is_lost_after_it_was_done_is_journalled_as_settled_bought()
        {
            _tc.Run($"$n = {LosAngeles}").AssertNoErrors();
            _tc.Emulator.Faults.On("POST", "/open/numbers/purchase").Times(1).Drop().AfterTheWorkIsDone();

            var bought = _tc.Run("$n | Invoke-NumberPurchase -Force").Single<NumberPurchaseResult>();
            var entry = _tc.Run("Get-CallerIdJournal").Single<JournalEntry>();

            Assert.Equal(1, _tc.Emulator.PurchaseCount);
            Assert.Equal(JournalOutcome.SettledBought, entry.Outcome);
            Assert.Equal(bought.PhoneNumber, entry.Subject);
            Assert.Contains(bought.VirtualNumberId!, entry.Evidence);
        }

        [Fact]
        public void A_purchase_whose_account_cannot_be_checked_is_OutcomeUnknown_and_the_design_page_pipeline_finds_it()
        {
            _tc.Run($"$n = {LosAngeles}").AssertNoErrors();
            _tc.Emulator.Faults.On("POST", "/open/numbers/purchase").Times(1).Drop().AfterTheWorkIsDone();
            _tc.Emulator.Faults.On("GET", "/open/voip/virtual-numbers").Respond(403, "Forbidden");

            var result = _tc.Run("$n | Invoke-NumberPurchase -Force");
            var unknown = _tc.Run("Get-CallerIdJournal | Where-Object Outcome -eq Unknown").Objects<JournalEntry>().ToList();

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("OutcomeUnknown", error.FullyQualifiedErrorId);
            Assert.DoesNotContain("safe to try again", error.ErrorDetails.RecommendedAction);
            Assert.Contains("Get-VirtualNumber", error.ErrorDetails.RecommendedAction);
            var entry = Assert.Single(unknown);
            Assert.Equal(JournalOperation.Purchase, entry.Operation);
            Assert.Equal(1, _tc.Emulator.PurchaseCount);
        }

        [Fact]
        public void Stopping_during_a_purchase_waits_for_its_answer_journals_it_and_warns_on_the_host()
        {
            _tc.Run($"$n = {LosAngeles}").AssertNoErrors();
            var number = Variable<AvailableNumber>("n").PhoneNumber;
            _tc.Emulator.Faults.On("POST", "/open/numbers/purchase").Times(1).Delay(TimeSpan.FromSeconds(2));
            _tc.Session.Host.Clear();
            using var shell = _tc.Session.Shell("$n | Invoke-NumberPurchase -Force");
            var before = _tc.Emulator.RequestCount;

            var running = shell.BeginInvoke();
            CancellationTests.WaitUntil(() => _tc.Emulator.RequestCount > before);
            var clock = Stopwatch.StartNew();
            shell.Stop();

            Assert.Throws<PipelineStoppedException>(() => shell.EndInvoke(running));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
            Assert.Equal(1, _tc.Emulator.PurchaseCount);
            var warning = _tc.Session.Host.Text;
            Assert.Contains("WARNING: Stopped during the purchase of " + number, warning);
            Assert.Contains("Succeeded", warning);
            var entry = _tc.Run("Get-CallerIdJournal").Single<JournalEntry>();
            Assert.Equal(JournalOutcome.Succeeded, entry.Outcome);
            Assert.Equal(number, entry.Subject);
        }

        [Fact]
        public void Reservations_and_their_removal_are_journalled_too()
        {
            _tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").AssertNoErrors();
            _tc.Run("Get-NumberReservation | Remove-NumberReservation -Force").AssertNoErrors();

            var entries = _tc.Run("Get-CallerIdJournal").Objects<JournalEntry>().ToList();

            Assert.Equal(new[] { JournalOperation.Reservation, JournalOperation.ReservationRemoval }, entries.Select(e => e.Operation));
            Assert.All(entries, e => Assert.Equal(JournalOutcome.Succeeded, e.Outcome));
            Assert.All(entries, e => Assert.Equal("TwoChat", e.ConnectionName));
        }
    }

    /// <summary>Apple: a deletion by id reads the caller ID first and sends its etag in If-Match, like a deletion by number.</summary>
    public sealed class AppleDeletionTests : IDisposable
    {
        private readonly AppleLoopbackSession _apple = new AppleLoopbackSession();

        public void Dispose() => _apple.Dispose();

        [Fact]
        public void Remove_CallerId_by_id_sends_If_Match_and_is_journalled()
        {
            var caller = _apple.Run("Get-CallerId -Connection AppleBusiness -State Rejected").Objects<AppleCallerId>().First();
            _apple.Run("$DebugPreference = 'Continue'");

            var result = _apple.Run($"Remove-CallerId -Connection AppleBusiness -Id {caller.Id} -Confirm:$false");

            result.AssertNoErrors();
            var delete = Assert.Single(result.Debug, d => d.Contains("DELETE"));
            Assert.Contains("If-Match", delete);
            Assert.Contains(caller.Etag!.Trim('"'), delete);
            var entry = _apple.Run("Get-CallerIdJournal").Single<JournalEntry>();
            Assert.Equal(JournalOperation.Deletion, entry.Operation);
            Assert.Equal(JournalOutcome.Succeeded, entry.Outcome);
        }
    }
}

using System;
using System.Linq;
using CallerIdPs.Journal;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Issue 16's Plivo number pipelines, typed exactly as written, in the real engine: on -Sandbox and over loopback.</summary>
    public abstract class PlivoNumberPipelines : IDisposable
    {
        protected abstract EngineResult Run(string script);

        /// <summary>What the host printed (the -WhatIf text goes there), from a clean start.</summary>
        protected abstract ModuleSession Session { get; }

        public abstract void Dispose();

        [Fact]
        public void The_issue_pipelines_buy_list_change_and_release()
        {
            var bought = Run(@"
Get-AvailableNumber -Connection Plivo -Country US -Type Local -StartsWith 415 -Service Voice,Sms |
  Select-Object -First 1 | Invoke-NumberPurchase -Name 'SF support' -Confirm:$false").Single<NumberPurchaseResult>();
            Assert.Equal("+14155559186", bought.PhoneNumber);
            Assert.Equal(PurchaseStatus.Purchased, bought.Status);
            Assert.Equal("SF support", bought.Name);
            Assert.Equal(ProviderKind.Plivo, bought.Provider);

            var renewing = Run("Get-VirtualNumber -Connection Plivo | Where-Object RenewsAt -lt (Get-Date).AddDays(7)");
            renewing.AssertNoErrors();
            Assert.NotEmpty(renewing.Objects<PlivoVirtualNumber>());
            Assert.All(renewing.Objects<PlivoVirtualNumber>(), n => Assert.True(n.RenewsAt < DateTimeOffset.Now.AddDays(7)));

            var changed = Run("Get-VirtualNumber -Connection Plivo -PhoneNumber +14155559186 | Set-VirtualNumber -Name 'Support' -Subaccount SAXXXXXXXXXXXXXXXXXX").Single<PlivoVirtualNumber>();
            Assert.Equal("Support", changed.Name);
            Assert.Equal("SAXXXXXXXXXXXXXXXXXX", changed.Subaccount);

            var old = Run("Get-VirtualNumber -Connection Plivo").Objects<PlivoVirtualNumber>().Where(n => (n.Name ?? "").StartsWith("old-", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(old);
            Run("Get-VirtualNumber -Connection Plivo | Where-Object Name -like 'old-*' | Remove-VirtualNumber -Force").AssertNoErrors();
            var left = Run("Get-VirtualNumber -Connection Plivo").Objects<PlivoVirtualNumber>().ToList();
            Assert.DoesNotContain(left, n => (n.Name ?? "").StartsWith("old-", StringComparison.Ordinal));
            Assert.Contains(left, n => n.PhoneNumber == "+14155559186");
        }

        [Fact]
        public void WhatIf_names_the_number_provider_account_connection_and_price_and_buys_nothing()
        {
            Session.Host.Clear();
            var result = Run("Get-AvailableNumber -Connection Plivo -Country US -StartsWith 415 | Select-Object -First 1 | Invoke-NumberPurchase -WhatIf");

            result.AssertNoErrors();
            var text = Session.Host.Text;
            Assert.Contains("What if:", text, StringComparison.Ordinal);
            Assert.Contains("+14155559186", text, StringComparison.Ordinal);
            Assert.Contains("Plivo account", text, StringComparison.Ordinal);
            Assert.Contains("connection 'Plivo'", text, StringComparison.Ordinal);
            Assert.Contains("0.00 USD setup and 0.80 USD a month", text, StringComparison.Ordinal);
            Assert.Empty(Run("Get-VirtualNumber -Connection Plivo -PhoneNumber +14155559186 -WarningAction SilentlyContinue").Output);
        }

        [Fact]
        public void A_restricted_number_is_refused_with_RequirementsUnmet_unless_allowed_and_then_comes_back_Pending()
        {
            var refused = Run("Get-AvailableNumber -Connection Plivo -Country DE -Region Frankfurt | Invoke-NumberPurchase -Confirm:$false");

            var error = Assert.Single(refused.Errors);
            Assert.StartsWith("RequirementsUnmet", error.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Contains("address in the number's city", error.ToString(), StringComparison.Ordinal);

            var forced = Run("Get-AvailableNumber -Connection Plivo -Country DE -Region Frankfurt | Invoke-NumberPurchase -AllowUnmetRequirements -Force");
            var result = forced.Single<NumberPurchaseResult>();
            Assert.Equal(PurchaseStatus.Pending, result.Status);
            Assert.Contains(forced.Warnings, w => w.Contains("activates it only once", StringComparison.Ordinal));
        }

        [Fact]
        public void A_search_that_finds_nothing_warns_with_Plivos_reason_and_writes_no_error()
        {
            var result = Run("Get-AvailableNumber -Connection Plivo -Country US -StartsWith 999");

            result.AssertNoErrors();
            Assert.Empty(result.Output);
            Assert.Contains(result.Warnings, w => w.Contains("No phone numbers found", StringComparison.Ordinal));
        }

        [Fact]
        public void Release_confirmation_names_number_account_price_and_that_billed_rent_is_not_refunded()
        {
            Session.Host.Clear();
            var result = Run("Get-VirtualNumber -Connection Plivo -PhoneNumber +14155550200 | Remove-VirtualNumber -WhatIf");

            result.AssertNoErrors();
            var text = Session.Host.Text;
            Assert.Contains("+14155550200", text, StringComparison.Ordinal);
            Assert.Contains("Plivo account", text, StringComparison.Ordinal);
            Assert.Contains("0.80 USD a month", text, StringComparison.Ordinal);
            Assert.Contains("not refunded", text, StringComparison.Ordinal);
            Assert.Single(Run("Get-VirtualNumber -Connection Plivo -PhoneNumber +14155550200").Objects<PlivoVirtualNumber>());
        }

        [Fact]
        public void IdentityCall_only_changes_on_a_Plivo_number_are_refused_before_any_request()
        {
            var result = Run("Get-VirtualNumber -Connection Plivo -PhoneNumber +14155550200 | Set-VirtualNumber -Recording:$false");

            Assert.StartsWith("InvalidInput", Assert.Single(result.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        }

        [Fact]
        public void Searches_Plivo_cannot_run_are_InvalidInput()
        {
            var result = Run("Get-AvailableNumber -Connection Plivo -Country US -Type SharedCost");

            Assert.StartsWith("InvalidInput", Assert.Single(result.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        }
    }

    public sealed class PlivoNumberSandboxPipelineTests : PlivoNumberPipelines
    {
        private readonly ModuleSession _session = new ModuleSession();

        public PlivoNumberSandboxPipelineTests() => _session.Run("Connect-CallerIdProvider -Provider Plivo -Sandbox").AssertNoErrors();

        protected override EngineResult Run(string script) => _session.Run(script);

        protected override ModuleSession Session => _session;

        public override void Dispose() => _session.Dispose();
    }

    public sealed class PlivoNumberLoopbackPipelineTests : PlivoNumberPipelines
    {
        private readonly PlivoLoopbackSession _pl = new PlivoLoopbackSession();

        protected override EngineResult Run(string script) => _pl.Run(script);

        protected override ModuleSession Session => _pl.Session;

        public override void Dispose() => _pl.Dispose();

        [Fact]
        public void A_purchase_whose_answer_is_lost_is_settled_against_the_account_and_sent_once()
        {
            _pl.Emulator.Faults.On("POST", "/v1/Account/*/PhoneNumber/*").Times(1).Drop().AfterTheWorkIsDone();

            var result = _pl.Run("Get-AvailableNumber -Connection Plivo -Country US -StartsWith 415 | Select-Object -First 1 | Invoke-NumberPurchase -Confirm:$false").Single<NumberPurchaseResult>();

            Assert.Equal(PurchaseStatus.Purchased, result.Status);
            Assert.Contains("was lost", result.Message, StringComparison.Ordinal);
            Assert.Equal(1, _pl.Emulator.NumberPurchases);
            var entry = _pl.Run("Get-CallerIdJournal").Single<JournalEntry>();
            Assert.Equal(JournalOperation.Purchase, entry.Operation);
            Assert.Equal(JournalOutcome.SettledBought, entry.Outcome);
            Assert.Equal(result.PhoneNumber, entry.Subject);
            Assert.Equal(0.80m, entry.MonthlyPrice);
        }

        [Fact]
        public void A_number_the_journal_shows_bought_is_refused_as_AlreadyAttempted_without_a_request()
        {
            _pl.Run("$n = Get-AvailableNumber -Connection Plivo -Country US -StartsWith 415 | Select-Object -First 1").AssertNoErrors();
            _pl.Run("$n | Invoke-NumberPurchase -Confirm:$false").AssertNoErrors();
            var before = _pl.Emulator.RequestCount;

            var again = _pl.Run("$n | Invoke-NumberPurchase -Confirm:$false");

            Assert.StartsWith("AlreadyAttempted", Assert.Single(again.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Equal(before, _pl.Emulator.RequestCount);
            Assert.Equal(1, _pl.Emulator.NumberPurchases);
            var entry = _pl.Run("Get-CallerIdJournal").Single<JournalEntry>();
            Assert.Equal(JournalOutcome.Succeeded, entry.Outcome);
        }

        [Fact]
        public void A_release_whose_answer_is_lost_is_confirmed_by_the_account_and_sent_once()
        {
            _pl.Emulator.Faults.On("DELETE", "/v1/Account/*/Number/*").Times(1).Drop().AfterTheWorkIsDone();

            _pl.Run("Get-VirtualNumber -Connection Plivo -PhoneNumber +14155550200 | Remove-VirtualNumber -Force").AssertNoErrors();

            Assert.Equal(1, _pl.Emulator.NumberReleases);
            Assert.DoesNotContain(_pl.Emulator.RentedNumbers(), n => n.PhoneNumber == "+14155550200");
            var entry = _pl.Run("Get-CallerIdJournal").Single<JournalEntry>();
            Assert.Equal(JournalOperation.Release, entry.Operation);
            Assert.Equal(JournalOutcome.SettledBought, entry.Outcome);
        }

        [Fact]
        public void A_subaccount_connection_moving_a_number_gets_PermissionDenied()
        {
            var sub = _pl.Emulator.Options.SubaccountAuthIds[0];
            _pl.Session.SetVariable("subcred", new System.Management.Automation.PSCredential(sub, PlivoLoopbackSession.Secure("token-" + sub)));
            _pl.Run("Connect-CallerIdProvider -Provider Plivo -Credential $subcred -BaseUri $uri -Name Sub").AssertNoErrors();

            var result = _pl.Run($"Get-VirtualNumber -Connection Sub | Select-Object -First 1 | Set-VirtualNumber -Subaccount {_pl.Emulator.Options.SubaccountAuthIds[1]}");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("PermissionDenied", error.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Contains("main account", error.ToString(), StringComparison.Ordinal);
        }
    }
}

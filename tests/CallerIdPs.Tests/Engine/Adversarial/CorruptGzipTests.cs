using System;
using System.Linq;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// Issue 13 item 4: a body that claims gzip and is not. A non-terminating CallerId ErrorRecord, no .NET stack trace,
    /// -ErrorAction SilentlyContinue silences it, a bulk pipeline carries on; after a committed purchase the outcome is
    /// settled or OutcomeUnknown, never a raw exception.
    /// </summary>
    public sealed class CorruptGzipTests
    {
        [Fact]
        public void A_corrupt_gzip_listing_is_one_CallerId_error_without_a_stack_trace_and_no_empty_result_warning()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 2);
            fault.Server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath, new Fault { Kind = FaultKind.CorruptGzip });

            var run = fault.Run("Get-CallerId -Connection TwoChat; 'still running'", TimeSpan.FromSeconds(60));

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            Assert.True(run.Errors.Count == 1, $"Expected one error for the unreadable listing. {run.Describe()}");
            Assert.Equal("still running", Assert.Single(run.Output).ToString());
            Assert.False(run.Warnings.Any(w => w.Contains("No caller IDs", StringComparison.OrdinalIgnoreCase)),
                $"A failed listing was also reported as empty. {run.Describe()}");
        }

        [Fact]
        public void ErrorAction_SilentlyContinue_silences_a_corrupt_gzip_listing_and_the_error_is_in_Error()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 2);
            fault.Server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath, new Fault { Kind = FaultKind.CorruptGzip });

            var run = fault.Run("$Error.Clear(); Get-CallerId -Connection TwoChat -ErrorAction SilentlyContinue; $Error.Count; $Error[0].FullyQualifiedErrorId", TimeSpan.FromSeconds(60));

            run.AssertFinished();
            Assert.True(run.Result.Terminating == null && run.Errors.Count == 0, $"-ErrorAction SilentlyContinue did not contain the failure. {run.Describe()}");
            Assert.Equal(2, run.Output.Count);
            Assert.Equal("1", run.Output[0].ToString());
            Assert.True(Outcomes.IsCallerIdKind(run.Output[1].ToString().Split(',')[0]), $"$Error[0] is '{run.Output[1]}', not a CallerId error.");
        }

        [Fact]
        public void A_corrupt_gzip_answer_to_a_committed_purchase_is_settled_or_unknown_and_the_bulk_purchase_continues()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 2);
            fault.Server.Faults.On("POST", FakeCatalog.TwoChatPurchasePath, new Fault { Kind = FaultKind.CorruptGzip, ProviderActs = true, Times = 1 });

            var run = fault.Run(
                "Find-NumberGroup -Country GB -Type mobile | Get-AvailableNumber | Select-Object -First 2 | Invoke-NumberPurchase -Confirm:$false",
                TimeSpan.FromSeconds(40));

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            var first = FakeCatalog.TwoChatGbNumbers[0];
            var second = FakeCatalog.TwoChatGbNumbers[1];
            Assert.Equal(new[] { first, second }, fault.Server.Sold.All.Select(c => c.PhoneNumber));
            Assert.Equal(2, fault.Server.Requests.Count("POST", FakeCatalog.TwoChatPurchasePath));
            Assert.Contains(run.Output, o => Outcomes.Property(o, "PhoneNumber") == second && Outcomes.Property(o, "Status") == "Purchased");
            var firstSettled = run.Output.Any(o => Outcomes.Property(o, "PhoneNumber") == first && Outcomes.Property(o, "Status") == "Purchased");
            var firstUnknown = run.Errors.Any(e => Outcomes.Kind(e) == "OutcomeUnknown");
            Assert.True(firstSettled ^ firstUnknown, $"The purchase of {first} behind a corrupt gzip answer must be settled or OutcomeUnknown. {run.Describe()}");
        }
    }
}

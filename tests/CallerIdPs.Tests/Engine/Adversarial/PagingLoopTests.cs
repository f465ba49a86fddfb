using System;
using System.Linq;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// Issue 13 item 8: a provider whose paging never ends or repeats itself. The listing stops with an error, emits no
    /// item twice and never more than the provider's total.
    /// </summary>
    public sealed class PagingLoopTests
    {
        /// <summary>A pager that follows offsets never loops on the bad link and may list everything exactly once; one
        /// that follows next must notice it is going nowhere. Either way: no duplicate, nothing beyond the total.</summary>
        [Fact]
        public void Plivo_next_pointing_at_itself_stops_with_an_error_or_lists_each_item_once()
        {
            using var fault = new FaultSession(s => s.Plivo.NextPointsAtItself = true);
            fault.ConnectPlivo(timeoutSec: 2);

            var run = fault.Run("Get-CallerId -Connection Plivo", TimeSpan.FromSeconds(15));

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            AssertNoDuplicateWithinTotal(run, fault.Scenario.Plivo.CallerIdCount);
            Assert.True(run.Errors.Count == 1 || (run.Errors.Count == 0 && run.Output.Count == fault.Scenario.Plivo.CallerIdCount),
                $"Expected an error saying the paging loops, or every caller ID exactly once. {run.Describe()}");
            Assert.True(fault.Server.Requests.Count("GET", FakeCatalog.PlivoListPath(fault.Scenario)) < 10, "The self-referencing next link was followed over and over.");
        }

        [Fact]
        public void Plivo_next_pointing_at_itself_over_a_page_that_never_changes_stops_with_an_error_and_no_duplicate()
        {
            using var fault = new FaultSession(s =>
            {
                s.Plivo.NextPointsAtItself = true;
                s.Plivo.IgnoreOffset = true;
            });
            fault.ConnectPlivo(timeoutSec: 2);

            var run = fault.Run("Get-CallerId -Connection Plivo", TimeSpan.FromSeconds(15));

            AssertStoppedCleanly(run, fault.Scenario.Plivo.CallerIdCount);
            Assert.True(fault.Server.Requests.Count("GET", FakeCatalog.PlivoListPath(fault.Scenario)) < 10, "The same page was fetched over and over.");
        }

        [Fact]
        public void Apple_fresh_cursor_with_repeating_data_stops_with_an_error_and_no_duplicate()
        {
            using var fault = new FaultSession(s => s.Apple.NewCursorSameData = true);
            fault.ConnectApple(timeoutSec: 2);

            var run = fault.Run("Get-CallerId -Connection AppleBusiness", TimeSpan.FromSeconds(15));

            AssertStoppedCleanly(run, fault.Scenario.Apple.CallerIdCount);
            Assert.True(fault.Server.Requests.Count("GET", FakeCatalog.AppleListPath(fault.Scenario)) < 10, "Fresh cursors over the same data were followed over and over.");
        }

        [Theory]
        [InlineData(PageShape.Overlap)]
        [InlineData(PageShape.RepeatFirstPage)]
        public void TwoChat_pages_that_overlap_or_repeat_stop_with_an_error_and_no_duplicate(PageShape shape)
        {
            using var fault = new FaultSession(s =>
            {
                s.TwoChat.CallerIdCount = 450;
                s.TwoChat.CallerIdPages = shape;
            });
            fault.ConnectTwoChat(timeoutSec: 2);

            var run = fault.Run("Get-CallerId -Connection TwoChat", TimeSpan.FromSeconds(15));

            AssertStoppedCleanly(run, 450);
            Assert.True(fault.Server.Requests.Count("GET", FakeCatalog.TwoChatCallerIdsPath) < 10, "Repeating pages were followed over and over.");
        }

        private static void AssertStoppedCleanly(TimedResult run, int providerTotal)
        {
            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            AssertNoDuplicateWithinTotal(run, providerTotal);
            Assert.True(run.Errors.Count == 1, $"A listing that loops must end with one error saying so. {run.Describe()}");
        }

        private static void AssertNoDuplicateWithinTotal(TimedResult run, int providerTotal)
        {
            var numbers = run.Output.Select(o => Outcomes.Property(o, "PhoneNumber")).ToList();
            var repeated = numbers.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{repeated.Count} caller IDs were emitted twice (e.g. {repeated.FirstOrDefault()}).");
            Assert.True(numbers.Count <= providerTotal, $"{numbers.Count} items emitted; the provider has {providerTotal}.");
        }
    }
}

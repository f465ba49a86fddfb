using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// Issue 13 item 5: Ctrl+C (PowerShell.Stop) while the provider is committing a purchase slowly. The money may be
    /// spent, so stopping must not be silent: a warning naming the number reaches the host, and Get-CallerIdJournal
    /// shows the attempt.
    /// </summary>
    public sealed class StopDuringPurchaseTests
    {
        [Fact]
        public void Stopping_a_purchase_in_flight_warns_with_the_number_and_the_journal_shows_it()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 60);
            fault.Server.Faults.On("POST", FakeCatalog.TwoChatPurchasePath, new Fault { Kind = FaultKind.Stall, ProviderActs = true });
            var number = FakeCatalog.TwoChatGbNumbers[0];

            using (var shell = fault.Session.Shell(Scripts.BuyFirstGbNumber))
            {
                var running = shell.BeginInvoke();
                Wait.Until(() => fault.Server.Requests.Count("POST", FakeCatalog.TwoChatPurchasePath) == 1, "the purchase request");
                var clock = Stopwatch.StartNew();
                shell.Stop();
                try
                {
                    shell.EndInvoke(running);
                }
                catch (PipelineStoppedException)
                {
                }

                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"Stop took {clock.Elapsed.TotalSeconds:F1} s.");
                var warned = shell.Streams.Warning.Select(w => w.Message).Concat(new[] { fault.Session.Host.Text });
                Assert.True(warned.Any(w => w.Contains(number, StringComparison.Ordinal)),
                    $"Stopping a purchase of {number} in flight was silent. Warnings: [{string.Join(" | ", shell.Streams.Warning)}]; host: [{fault.Session.Host.Text}]");
            }

            Assert.Equal(1, fault.Server.Requests.Count("POST", FakeCatalog.TwoChatPurchasePath));
            var journal = fault.Run("Get-CallerIdJournal");
            journal.AssertNoErrors();
            Assert.True(journal.Output.Any(o => Outcomes.Property(o, "PhoneNumber") == number),
                $"Get-CallerIdJournal does not show the stopped purchase of {number}. {journal.Describe()}");
        }
    }

    internal static class Wait
    {
        public static void Until(Func<bool> condition, string what, double seconds = 20)
        {
            var deadline = DateTime.UtcNow.AddSeconds(seconds);
            while (!condition())
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {seconds} s for {what}.");
                Thread.Sleep(20);
            }
        }
    }
}

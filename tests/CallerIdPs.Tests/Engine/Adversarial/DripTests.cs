using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// Issue 13 item 7: a body dripped at one byte a second. -TimeoutSec covers the body, not just the headers, so the
    /// cmdlet fails within a bound; Stop() closes the connection at once, so the server sees no further reads.
    /// </summary>
    public sealed class DripTests
    {
        [Fact]
        public void TimeoutSec_covers_a_dripped_body_and_the_listing_fails_within_the_bound()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 2);
            fault.Server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath, new Fault { Kind = FaultKind.Drip, DripInterval = TimeSpan.FromSeconds(1) });

            var run = fault.Run("Get-CallerId -Connection TwoChat", TimeSpan.FromSeconds(45));

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            Assert.True(run.Errors.Count == 1, $"Expected one timeout error. {run.Describe()}");
            // Without a timeout that covers the body, one page dripped at a byte a second takes over ten minutes. A listing
            // may make five attempts of 2 s with up to 7.5 s of backoff between them (0.5 + 1 + 2 + 4 s, full jitter), so
            // the whole call is bounded loosely and each attempt tightly.
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(30), $"-TimeoutSec 2 against a dripped body took {run.Elapsed.TotalSeconds:F1} s (bound 30 s).");
            var ended = DateTimeOffset.UtcNow;
            Wait.Until(() => fault.Server.SlowAnswers.All.All(a => a.ClientGoneAt.HasValue), "the module to close every dripping connection", 5);
            Assert.All(fault.Server.SlowAnswers.All, a => Assert.True(
                a.ClientGoneAt - a.StartedAt < TimeSpan.FromSeconds(4.5),
                $"{a.Request}: an attempt of -TimeoutSec 2 kept its connection for {(a.ClientGoneAt - a.StartedAt)?.TotalSeconds:F1} s."));
            Assert.All(fault.Server.SlowAnswers.All, a => Assert.True(a.ClientGoneAt <= ended.AddSeconds(3), $"{a.Request}: the connection stayed open after the cmdlet returned."));
        }

        [Fact]
        public void Stop_closes_a_dripping_connection_at_once_and_reads_no_more()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 100);
            fault.Server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath, new Fault { Kind = FaultKind.Drip, DripInterval = TimeSpan.FromMilliseconds(500) });

            using var shell = fault.Session.Shell("Get-CallerId -Connection TwoChat");
            var running = shell.BeginInvoke();
            Wait.Until(() => fault.Server.SlowAnswers.All.Any(a => a.BytesSent >= 2), "the drip to start");
            var clock = Stopwatch.StartNew();
            shell.Stop();
            try
            {
                shell.EndInvoke(running);
            }
            catch (PipelineStoppedException)
            {
            }

            var stopped = DateTimeOffset.UtcNow;
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Stop took {clock.Elapsed.TotalSeconds:F1} s against a dripping body.");
            var drip = Assert.Single(fault.Server.SlowAnswers.All);
            var sentAtStop = drip.BytesSent;
            Wait.Until(() => drip.ClientGoneAt.HasValue, "the connection to close after Stop", 5);
            Assert.True(drip.ClientGoneAt <= stopped.AddSeconds(3), "The connection stayed open after Stop.");
            Assert.True(drip.BytesSent - sentAtStop <= 2, $"{drip.BytesSent - sentAtStop} more bytes were read after Stop.");
            Assert.Equal(1, fault.Server.Requests.Count("GET", FakeCatalog.TwoChatCallerIdsPath));
        }
    }
}

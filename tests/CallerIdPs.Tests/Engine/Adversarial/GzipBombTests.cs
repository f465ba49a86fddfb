using System;
using System.Diagnostics;
using System.Threading;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// Issue 13 item 9: a gzip bomb (about 1 MB that inflates to 1 GiB) and a 1 MB error message. The module caps what it
    /// inflates and what it quotes: an error, bounded memory, a bounded message. Memory is measured in a collection that
    /// runs alone, so other tests' allocations do not blur it.
    /// </summary>
    [Collection(MeasuredAlone.Name)]
    public sealed class GzipBombTests
    {
        private const long MemoryBound = 200L * 1024 * 1024;

        [Fact]
        public void A_gzip_bomb_listing_fails_with_a_CallerId_error_and_bounded_memory()
        {
            GzipBodies.Bomb(1L << 30);
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 10);
            fault.Server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath, new Fault { Kind = FaultKind.GzipBomb, BombBytes = 1L << 30 });

            // A module without a cap inflates all of it (4 GB and 47 s when this was written): the watchdog stops the
            // script as soon as the bound is passed, so a failing run costs little.
            using var peak = new PeakMemory();
            var run = fault.Run("Get-CallerId -Connection TwoChat", TimeSpan.FromSeconds(60), () => peak.Growth > MemoryBound);
            var growth = peak.Stop();

            Assert.True(growth < MemoryBound, $"Memory grew by {growth / (1024 * 1024)} MB while inflating the bomb (bound {MemoryBound / (1024 * 1024)} MB).");
            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            Assert.True(run.Errors.Count == 1, $"A gzip bomb must end in one error. {run.Describe()}");
        }

        [Fact]
        public void A_1_MB_error_message_is_quoted_in_under_4_KB()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 5);
            var huge = new string('x', 1024 * 1024);
            fault.Server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath, Fault.Answer(400, "{\"success\":false,\"error\":true,\"error_message\":\"" + huge + "\"}"));

            var run = fault.Run("Get-CallerId -Connection TwoChat");

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            var error = Assert.Single(run.Errors);
            Assert.True(error.ToString().Contains(new string('x', 16), StringComparison.Ordinal),
                $"The error does not quote the provider's message (was the answer read at all?): {error.ToString().Substring(0, Math.Min(300, error.ToString().Length))}");
            foreach (var (what, text) in new[]
            {
                ("the record", error.ToString()),
                ("the exception's message", error.Exception.Message),
                ("ErrorDetails", error.ErrorDetails?.Message ?? ""),
                ("the recommended action", error.ErrorDetails?.RecommendedAction ?? ""),
            })
            {
                Assert.True(text.Length < 4096, $"{what} is {text.Length} characters long for a 1 MB provider message.");
            }
        }
    }

    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class MeasuredAlone
    {
        public const string Name = "Adversarial: measured alone";
    }

    /// <summary>The largest rise of the process's private memory over the baseline, sampled every 20 ms.</summary>
    internal sealed class PeakMemory : IDisposable
    {
        private readonly long _baseline;
        private readonly Thread _sampler;
        private long _peak;
        private volatile bool _stop;

        public PeakMemory()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            _baseline = Sample();
            _peak = _baseline;
            _sampler = new Thread(() =>
            {
                while (!_stop)
                {
                    var now = Sample();
                    if (now > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, now);
                    Thread.Sleep(20);
                }
            }) { IsBackground = true };
            _sampler.Start();
        }

        /// <summary>The rise so far.</summary>
        public long Growth => Math.Max(0, Interlocked.Read(ref _peak) - _baseline);

        public long Stop()
        {
            _stop = true;
            _sampler.Join();
            return Math.Max(0, Interlocked.Read(ref _peak) - _baseline);
        }

        public void Dispose() => _stop = true;

        private static long Sample()
        {
            using var process = Process.GetCurrentProcess();
            return process.PrivateMemorySize64;
        }
    }
}

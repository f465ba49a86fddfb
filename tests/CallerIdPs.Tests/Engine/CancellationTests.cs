using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Ctrl+C (PowerShell.Stop, which calls StopProcessing) ends a cmdlet whose request is still in flight.</summary>
    public sealed class CancellationTests : IDisposable
    {
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession();

        public void Dispose() => _tc.Dispose();

        [Fact]
        public void Stopping_a_listing_cancels_the_request_in_flight_and_leaves_the_session_usable()
        {
            _tc.Emulator.Faults.On("GET", "/open/voip/caller-ids").Times(1).Delay(TimeSpan.FromMinutes(2));
            using var shell = _tc.Session.Shell("Get-CallerId");
            var before = _tc.Emulator.RequestCount;

            var running = shell.BeginInvoke();
            WaitUntil(() => _tc.Emulator.RequestCount > before);
            var clock = Stopwatch.StartNew();
            shell.Stop();

            Assert.Throws<PipelineStoppedException>(() => shell.EndInvoke(running));
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "Stop waited for the delayed answer instead of cancelling it.");
            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
            var after = _tc.Run("Get-NumberType");
            after.AssertNoErrors();
            Assert.Equal(6, after.Output.Count);
        }

        /// <summary>Waits (up to 30 s) until the emulator has seen the request the test is about to interrupt.</summary>
        internal static void WaitUntil(Func<bool> condition)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!condition())
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException("The request never reached the emulator.");
                Thread.Sleep(20);
            }
        }
    }
}

using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Errors;
using CallerIdPs.Providers.TwoChat;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>A caller that stops waiting, and a provider that never answers.</summary>
    public class TwoChatCancellationTests
    {
        private static readonly TimeSpan Stall = TimeSpan.FromSeconds(30);

        [Fact]
        public async Task CancellingADelayedRequestEndsItPromptlyAsCancellation()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", "/open/numbers/regions").Delay(Stall);
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var clock = Stopwatch.StartNew();

            // ProviderApi rethrows the caller's own cancellation unchanged rather than wrapping it as a CallerIdException.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loopback.Client.ListRegionsAsync("GB", cancel.Token));

            Assert.True(clock.Elapsed < Stall - TimeSpan.FromSeconds(10), $"cancellation took {clock.Elapsed}");
        }

        [Fact]
        public async Task CancellingAListBetweenPagesStopsIt()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", "/open/voip/caller-ids").Delay(Stall);
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var clock = Stopwatch.StartNew();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ClientAssert.ToListAsync(loopback.Client.ListCallerIdsAsync(cancel.Token)));

            Assert.True(clock.Elapsed < Stall - TimeSpan.FromSeconds(10), $"cancellation took {clock.Elapsed}");
        }

        [Fact]
        public async Task AnAlreadyCancelledTokenSendsNothing()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var before = loopback.Emulator.RequestCount;

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loopback.Client.ListRegionsAsync("GB", new CancellationToken(true)));

            Assert.Equal(before, loopback.Emulator.RequestCount);
        }

        [Fact]
        public async Task AGetThatOutlivesTheRequestTimeoutIsProviderUnavailable()
        {
            var emulator = new TwoChatEmulator(TwoChatLoopback.Options());
            await using var server = await LoopbackEmulatorServer.StartAsync(emulator);
            // Five one-second attempts fit the default deadline (1 s + 5 s of retry budget) only on an idle machine; a deadline
            // far past them keeps this test about the attempt's own timeout (TransportBoundsTests covers the deadline).
            using var connection = await TwoChatLoopback.ConnectAsync(server, emulator.Options.ApiKey, TimeSpan.FromSeconds(1), callDeadline: TimeSpan.FromSeconds(25));
            emulator.Faults.On("GET", "/open/numbers/regions").Delay(Stall);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => connection.ClientAs<TwoChatClient>().ListRegionsAsync("GB", CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.ProviderUnavailable, error.Kind);
            Assert.True(error.IsRetryable);
            Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task APurchaseThatOutlivesTheRequestTimeoutIsCheckedOnTheAccountAndReportedNotBought()
        {
            var emulator = new TwoChatEmulator(TwoChatLoopback.Options());
            await using var server = await LoopbackEmulatorServer.StartAsync(emulator);
            using var connection = await TwoChatLoopback.ConnectAsync(server, emulator.Options.ApiKey, TimeSpan.FromSeconds(1));
            var number = emulator.FreeNumberOf(emulator.FirstGroupId("GB", "tollfree", allowSelection: true));
            emulator.Faults.On("POST", "/open/numbers/purchase").Delay(Stall);

            var error = await Assert.ThrowsAsync<CallerIdException>(
                () => connection.ClientAs<TwoChatClient>().PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = number }, CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.ProviderUnavailable, error.Kind);
            Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
            Assert.Contains("was not bought", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, emulator.PurchaseCount);
        }
    }
}

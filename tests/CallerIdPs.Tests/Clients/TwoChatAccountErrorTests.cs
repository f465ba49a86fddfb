using System;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Errors;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>Statuses about the account behind the key: 401, 402, 403, 429.</summary>
    public class TwoChatAccountErrorTests
    {
        [Fact]
        public async Task AWrongKeyFailsTheConnectWith401()
        {
            var emulator = new TwoChatEmulator(TwoChatLoopback.Options());
            await using var server = await LoopbackEmulatorServer.StartAsync(emulator);

            var error = await ClientAssert.ProviderFails(
                () => TwoChatLoopback.ConnectAsync(server, "not-the-key"),
                CallerIdErrorKind.AuthenticationFailed, 401, "Invalid API key");

            Assert.False(error.IsRetryable);
            Assert.DoesNotContain("not-the-key", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task ABlockedAccountFailsTheConnectWith403()
        {
            var emulator = new TwoChatEmulator(TwoChatLoopback.Options(o => o.Blocked = true));
            await using var server = await LoopbackEmulatorServer.StartAsync(emulator);

            await ClientAssert.ProviderFails(
                () => TwoChatLoopback.ConnectAsync(server, emulator.Options.ApiKey),
                CallerIdErrorKind.PermissionDenied, 403, "This account has been blocked");
        }

        [Fact]
        public async Task AnOverTrialConnectsButEveryCallAnswers402()
        {
            await using var loopback = await TwoChatLoopback.StartAsync(o => o.TrialOver = true);

            var error = await ClientAssert.ProviderFails(
                () => ClientAssert.ToListAsync(loopback.Client.ListCallerIdsAsync(CancellationToken.None)),
                CallerIdErrorKind.PaymentRequired, 402, "Your trial period has ended. Please upgrade your plan to continue using the API");
            Assert.False(error.IsRetryable);
        }

        [Fact]
        public async Task SpentCreditsAnswer402OnTheFirstCallPastTheMaximum()
        {
            // /info (the connect) is free of the credit check but still counts: max-2 → max-1; regions → max; then refused.
            await using var loopback = await TwoChatLoopback.StartAsync(o => o.ApiRequestCount = o.MaxApiRequestCount - 2);
            await loopback.Client.ListRegionsAsync("GB", CancellationToken.None);

            await ClientAssert.ProviderFails(
                () => loopback.Client.ListRegionsAsync("GB", CancellationToken.None),
                CallerIdErrorKind.PaymentRequired, 402, "You have used all the API credits of your plan");
        }

        [Fact]
        public async Task ExceedingRequestsPerMinuteAnswers429WithoutARetry()
        {
            // The pipeline has no retry or pacing stage (ConnectionFactory adds no OuterStages): one 429 surfaces as is.
            await using var loopback = await TwoChatLoopback.StartAsync(o => o.RequestsPerMinute = 3);
            Assert.Equal(3, loopback.Connection.RequestsPerMinute); // learnt from /info
            await loopback.Client.ListRegionsAsync("GB", CancellationToken.None);
            await loopback.Client.ListRegionsAsync("CA", CancellationToken.None);
            var before = loopback.Emulator.RequestCount;

            var error = await ClientAssert.ProviderFails(
                () => loopback.Client.ListRegionsAsync("US", CancellationToken.None),
                CallerIdErrorKind.RateLimited, 429, "Too many requests");

            Assert.True(error.IsRetryable);
            Assert.Equal(1, loopback.Emulator.RequestCount - before);
        }

        [Fact]
        public async Task TheRateLimitWindowMovesWithTheClock()
        {
            await using var loopback = await TwoChatLoopback.StartAsync(o => o.RequestsPerMinute = 2);
            await loopback.Client.ListRegionsAsync("GB", CancellationToken.None);
            await Assert.ThrowsAsync<CallerIdException>(() => loopback.Client.ListRegionsAsync("GB", CancellationToken.None));

            loopback.Emulator.Clock.Advance(TimeSpan.FromMinutes(1));

            var regions = await loopback.Client.ListRegionsAsync("GB", CancellationToken.None);
            Assert.NotEmpty(regions);
        }

        [Fact]
        public async Task ARetryAfterHeaderIsKept()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", "/open/numbers/regions").Times(1).Respond(429, "Slow down", TimeSpan.FromSeconds(7));

            var error = await ClientAssert.ProviderFails(
                () => loopback.Client.ListRegionsAsync("GB", CancellationToken.None),
                CallerIdErrorKind.RateLimited, 429, "Slow down");

            Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        }
    }
}

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
        public async Task The_connection_paces_to_the_limit_info_reports()
        {
            await using var loopback = await TwoChatLoopback.StartAsync(o => o.RequestsPerMinute = 3);

            Assert.Equal(3, loopback.Connection.RequestsPerMinute); // learnt from /info
            Assert.Equal(3, loopback.Connection.Pacer.Limit);
            Assert.Equal(TimeSpan.FromMinutes(1), loopback.Connection.Pacer.Window);
        }

        [Fact]
        public async Task A_429_that_persists_is_retried_a_bounded_number_of_times_then_RateLimited()
        {
            // The user's -RequestsPerMinute overrides what /info says, so the module outruns the emulator on purpose.
            var emulator = new Sandbox.TwoChat.TwoChatEmulator(TwoChatLoopback.Options(o => o.RequestsPerMinute = 3));
            await using var server = await EmulatorServer.LoopbackEmulatorServer.StartAsync(emulator);
            using var connection = await TwoChatLoopback.ConnectAsync(server, emulator.Options.ApiKey, requestsPerMinute: 1000);
            var client = connection.ClientAs<Providers.TwoChat.TwoChatClient>();
            await client.ListRegionsAsync("GB", CancellationToken.None);
            await client.ListRegionsAsync("CA", CancellationToken.None);
            var before = emulator.RequestCount;

            var error = await ClientAssert.ProviderFails(
                () => client.ListRegionsAsync("US", CancellationToken.None),
                CallerIdErrorKind.RateLimited, 429, "Too many requests");

            Assert.True(error.IsRetryable);
            Assert.Equal(1 + new Http.RetryPolicy().MaxRetries, emulator.RequestCount - before);
        }

        [Fact]
        public async Task A_single_429_is_retried_and_the_call_succeeds()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", "/open/numbers/regions").Times(1).Respond(429, "Slow down", TimeSpan.FromSeconds(1));
            var before = loopback.Emulator.RequestCount;

            var regions = await loopback.Client.ListRegionsAsync("GB", CancellationToken.None);

            Assert.NotEmpty(regions);
            Assert.Equal(2, loopback.Emulator.RequestCount - before);
        }

        [Fact]
        public async Task TheRateLimitWindowMovesWithTheClock()
        {
            var emulator = new Sandbox.TwoChat.TwoChatEmulator(TwoChatLoopback.Options(o => o.RequestsPerMinute = 2));
            await using var server = await EmulatorServer.LoopbackEmulatorServer.StartAsync(emulator);
            using var connection = await TwoChatLoopback.ConnectAsync(server, emulator.Options.ApiKey, requestsPerMinute: 1000);
            var client = connection.ClientAs<Providers.TwoChat.TwoChatClient>();
            await client.ListRegionsAsync("GB", CancellationToken.None);
            await Assert.ThrowsAsync<CallerIdException>(() => client.ListRegionsAsync("GB", CancellationToken.None));

            emulator.Clock.Advance(TimeSpan.FromMinutes(1));

            var regions = await client.ListRegionsAsync("GB", CancellationToken.None);
            Assert.NotEmpty(regions);
        }

        [Fact]
        public async Task ARetryAfterHeaderIsKept()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", "/open/numbers/regions").Respond(429, "Slow down", TimeSpan.FromSeconds(7));

            var error = await ClientAssert.ProviderFails(
                () => loopback.Client.ListRegionsAsync("GB", CancellationToken.None),
                CallerIdErrorKind.RateLimited, 429, "Slow down");

            Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        }
    }
}

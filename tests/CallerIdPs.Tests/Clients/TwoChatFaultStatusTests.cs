using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>Documented statuses the emulator only gives when told to: each maps to its kind, status and message.</summary>
    public class TwoChatFaultStatusTests
    {
        [Theory]
        [InlineData(400, CallerIdErrorKind.InvalidInput, false, "Invalid JSON in request body")]
        [InlineData(422, CallerIdErrorKind.InvalidInput, false, "country must be an ISO 3166-1 alpha-2 code")]
        [InlineData(503, CallerIdErrorKind.ProviderUnavailable, true, "Service unavailable")]
        [InlineData(504, CallerIdErrorKind.ProviderUnavailable, true, "Gateway timeout")]
        public async Task AnInjectedStatusOnAGetMapsToItsKind(int status, CallerIdErrorKind kind, bool retryable, string message)
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", "/open/numbers/regions").Respond(status, message);

            var error = await ClientAssert.ProviderFails(
                () => loopback.Client.ListRegionsAsync("GB", CancellationToken.None),
                kind, status, message);

            Assert.Equal(retryable, error.IsRetryable);
            Assert.Contains($"HTTP {status}", error.Message, System.StringComparison.Ordinal);
            Assert.Equal("list the regions of GB", error.Operation);
        }

        [Theory]
        [InlineData(503, "Service unavailable")]
        [InlineData(504, "Gateway timeout")]
        public async Task TheEmulatorsDefaultMessagesAreTheProviderMessage(int status, string message)
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", "/open/voip/caller-ids").Respond(status);

            await ClientAssert.ProviderFails(
                () => ClientAssert.ToListAsync(loopback.Client.ListCallerIdsAsync(CancellationToken.None)),
                CallerIdErrorKind.ProviderUnavailable, status, message);
        }

        [Fact]
        public async Task AFailureOnALaterPageStopsTheListWithThatPagesError()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var seen = 0;
            var items = loopback.Client.ListCallerIdsAsync(CancellationToken.None);

            var error = await Assert.ThrowsAsync<CallerIdException>(async () =>
            {
                await foreach (var item in items)
                {
                    if (++seen == 200)
                    {
                        loopback.Emulator.Faults.On("GET", "/open/voip/caller-ids").Respond(503);
                    }
                }
            });

            Assert.Equal(CallerIdErrorKind.ProviderUnavailable, error.Kind);
            Assert.Equal(200, seen);
        }
    }
}

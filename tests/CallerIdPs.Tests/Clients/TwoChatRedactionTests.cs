using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>The API key goes on the wire and nowhere else: not in -Verbose/-Debug lines, not in errors.</summary>
    public class TwoChatRedactionTests
    {
        private const string Key = "2chat-live-Zq8rT3yW9pK1mN4v";

        [Fact]
        public async Task TheKeyNeverAppearsInTheRequestLogButItsHeaderDoesMasked()
        {
            var log = new RecordingLog();
            using (RequestLogScope.Begin(log))
            {
                await using var loopback = await TwoChatLoopback.StartAsync(o => o.ApiKey = Key);
                var groupId = loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true);
                await loopback.Client.ListRegionsAsync("GB", CancellationToken.None);
                await loopback.Client.ReserveAsync(groupId, null, loopback.Emulator.FreeNumberOf(groupId), CancellationToken.None);
                loopback.Emulator.Faults.On("GET", "/open/numbers/cities").Respond(503);
                await Assert.ThrowsAsync<CallerIdException>(() => loopback.Client.ListCitiesAsync("GB", null, CancellationToken.None));
            }

            var lines = log.Lines;
            Assert.True(lines.Count >= 8, $"only {lines.Count} lines were logged");
            Assert.All(lines, l => Assert.DoesNotContain(Key, l, StringComparison.Ordinal));
            Assert.All(lines, l => Assert.DoesNotContain(Key.Substring(6, 12), l, StringComparison.Ordinal));
            var requests = lines.Where(l => l.StartsWith("2Chat Request: ", StringComparison.Ordinal)).ToList();
            Assert.Equal(4 + 1 + new RetryPolicy().MaxRetries, requests.Count); // /info, regions, reservation, its group's lookup, cities and its retries
            Assert.All(requests, r => Assert.Contains("X-User-API-Key: " + SecretRedactor.Mask, r, StringComparison.Ordinal));
        }

        [Fact]
        public async Task AWrongKeyIsNotEchoedInTheLogOrTheError()
        {
            const string wrong = "2chat-live-WRONGwrongWRONG99";
            var log = new RecordingLog();
            CallerIdException error;
            using (RequestLogScope.Begin(log))
            {
                var emulator = new Sandbox.TwoChat.TwoChatEmulator(TwoChatLoopback.Options());
                await using var server = await EmulatorServer.LoopbackEmulatorServer.StartAsync(emulator);
                error = await Assert.ThrowsAsync<CallerIdException>(() => TwoChatLoopback.ConnectAsync(server, wrong));
            }

            Assert.All(log.Lines, l => Assert.DoesNotContain(wrong, l, StringComparison.Ordinal));
            Assert.Contains(log.Lines, l => l.Contains("X-User-API-Key: " + SecretRedactor.Mask, StringComparison.Ordinal));
            Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
        }
    }
}

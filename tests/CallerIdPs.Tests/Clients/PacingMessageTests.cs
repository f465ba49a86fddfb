using System;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Http;
using Xunit;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>The pacing wait names whose limit it keeps: the provider's, or the user's own -RequestsPerMinute.</summary>
    public sealed class PacingMessageTests
    {
        [Fact]
        public void The_provider_s_limit_is_credited_to_the_provider_and_the_user_s_to_RequestsPerMinute()
        {
            var pacer = new RequestPacer();
            var handler = new PacingHandler(pacer, "2Chat");

            pacer.SetLimit(80, TimeSpan.FromMinutes(1));
            Assert.Equal("Waiting 54 s for 2Chat's limit of 80 requests a minute", handler.WaitMessage(TimeSpan.FromSeconds(53.2)));

            pacer.SetLimit(2, TimeSpan.FromMinutes(1), setByUser: true);
            Assert.Equal("Waiting 61 s for the limit of 2 requests a minute set with -RequestsPerMinute", handler.WaitMessage(TimeSpan.FromSeconds(60.5)));
        }

        [Fact]
        public async Task A_connection_knows_whether_its_pace_is_the_user_s()
        {
            await using var learnt = await TwoChatLoopback.StartAsync(o => o.RequestsPerMinute = 3);
            var emulator = new Sandbox.TwoChat.TwoChatEmulator(TwoChatLoopback.Options(o => o.RequestsPerMinute = 3));
            await using var server = await EmulatorServer.LoopbackEmulatorServer.StartAsync(emulator);
            using var own = await TwoChatLoopback.ConnectAsync(server, emulator.Options.ApiKey, requestsPerMinute: 7);

            Assert.False(learnt.Connection.Pacer.SetByUser);
            Assert.True(own.Pacer.SetByUser);
            Assert.Equal(7, own.Pacer.Limit);
        }
    }
}

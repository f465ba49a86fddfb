using System;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Http;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>A 2Chat emulator served on 127.0.0.1 and a real connection to it: the client's whole HTTP path.</summary>
    internal sealed class TwoChatLoopback : ClientLoopback<TwoChatEmulator, TwoChatClient>
    {
        private TwoChatLoopback(TwoChatEmulator emulator, LoopbackEmulatorServer server, CallerIdConnection connection)
            : base(emulator, server, connection)
        {
        }

        /// <summary>Plenty of requests per minute unless the options say otherwise, so tests are not throttled by accident.</summary>
        public static TwoChatEmulatorOptions Options(Action<TwoChatEmulatorOptions>? configure = null)
        {
            var options = new TwoChatEmulatorOptions { RequestsPerMinute = 10000 };
            configure?.Invoke(options);
            return options;
        }

        public static async Task<TwoChatLoopback> StartAsync(Action<TwoChatEmulatorOptions>? configure = null)
        {
            var emulator = new TwoChatEmulator(Options(configure));
            var (server, connection) = await ServeAsync(emulator, s => ConnectAsync(s, emulator.Options.ApiKey));
            return new TwoChatLoopback(emulator, server, connection);
        }

        /// <summary>The production policy's shape (4 retries, jitter, Retry-After honoured up to the cap) with waits in milliseconds.</summary>
        public static RetryPolicy FastRetries() => new RetryPolicy
        {
            BaseDelay = TimeSpan.FromMilliseconds(5),
            MaxDelay = TimeSpan.FromMilliseconds(50),
            MaxTotalDelay = TimeSpan.FromSeconds(5),
        };

        /// <summary>The production schedule's shape (several account checks after a lost answer) without the waits.</summary>
        public static CallerIdPs.Money.SettlementSchedule FastSettlement() =>
            new CallerIdPs.Money.SettlementSchedule(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10) }, (wait, ct) => Task.CompletedTask);

        public static Task<CallerIdConnection> ConnectAsync(LoopbackEmulatorServer server, string apiKey, TimeSpan? timeout = null, int? requestsPerMinute = null, TimeSpan? callDeadline = null)
        {
            var request = new ConnectionRequest("TwoChat", ProviderKind.TwoChat)
            {
                Credential = new ApiKeyCredential(Secret.FromPlainText(apiKey)),
                BaseUri = server.BaseUri,
                Retry = FastRetries(),
                Settlement = FastSettlement(),
                RequestsPerMinute = requestsPerMinute,
            };
            if (timeout.HasValue) request.RequestTimeout = timeout.Value;
            if (callDeadline.HasValue) request.CallDeadline = callDeadline.Value;
            return ConnectionFactory.ConnectAsync(request, CancellationToken.None);
        }
    }
}

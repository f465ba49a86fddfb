using System;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Model;
using CallerIdPs.Providers.IdentityCall;
using CallerIdPs.Sandbox.IdentityCall;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>An IdentityCall emulator served on 127.0.0.1 and a real connection to it with one of the account's keys.</summary>
    internal sealed class IdentityCallLoopback : ClientLoopback<IdentityCallEmulator, IdentityCallClient>
    {
        private IdentityCallLoopback(IdentityCallEmulator emulator, LoopbackEmulatorServer server, CallerIdConnection connection)
            : base(emulator, server, connection)
        {
        }

        /// <summary>
        /// Connects with <paramref name="key"/> (the account-wide full key by default). The emulator's limit is raised so
        /// tests are not throttled by accident, unless <paramref name="configure"/> sets another.
        /// </summary>
        public static async Task<IdentityCallLoopback> StartAsync(string key = IdentityCallEmulatorOptions.AccountKey, Action<IdentityCallEmulatorOptions>? configure = null, int? requestsPerMinute = null)
        {
            var options = new IdentityCallEmulatorOptions { RequestsPerMinute = 10000 };
            configure?.Invoke(options);
            var emulator = new IdentityCallEmulator(options);
            var (server, connection) = await ServeAsync(emulator, s => ConnectAsync(s, key, requestsPerMinute));
            return new IdentityCallLoopback(emulator, server, connection);
        }

        public static Task<CallerIdConnection> ConnectAsync(LoopbackEmulatorServer server, string key, int? requestsPerMinute = null, string name = "IdentityCall") =>
            ConnectionFactory.ConnectAsync(
                new ConnectionRequest(name, ProviderKind.IdentityCall)
                {
                    Credential = new ApiKeyCredential(Secret.FromPlainText(key)),
                    BaseUri = server.BaseUri,
                    Retry = TwoChatLoopback.FastRetries(),
                    Settlement = TwoChatLoopback.FastSettlement(),
                    RequestsPerMinute = requestsPerMinute,
                },
                CancellationToken.None);

        /// <summary>Another connection to the same emulator, with another of its keys.</summary>
        public Task<CallerIdConnection> ConnectAsync(string key, string name) => ConnectAsync(Server, key, null, name);
    }
}

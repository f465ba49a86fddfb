using System;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Model;
using CallerIdPs.Providers.AppleBusiness;
using CallerIdPs.Sandbox.AppleBusiness;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>An Apple Business emulator served on 127.0.0.1 and a real connection to it: the client's whole HTTP path.</summary>
    internal sealed class AppleLoopback : ClientLoopback<AppleEmulator, AppleClient>
    {
        private AppleLoopback(AppleEmulator emulator, LoopbackEmulatorServer server, CallerIdConnection connection)
            : base(emulator, server, connection)
        {
        }

        public static async Task<AppleLoopback> StartAsync(Action<AppleEmulatorOptions>? configure = null)
        {
            var options = new AppleEmulatorOptions { ClientSecret = "apple-" + Guid.NewGuid().ToString("N") };
            configure?.Invoke(options);
            var emulator = new AppleEmulator(options);
            var (server, connection) = await ServeAsync(emulator, s => ConnectAsync(s, options, options.ClientSecret));
            return new AppleLoopback(emulator, server, connection);
        }

        public static Task<CallerIdConnection> ConnectAsync(LoopbackEmulatorServer server, AppleEmulatorOptions options, string secret, string? organizationId = null) =>
            ConnectionFactory.ConnectAsync(
                new ConnectionRequest("AppleBusiness", ProviderKind.AppleBusiness)
                {
                    Credential = new ClientCredential(options.ClientId, Secret.FromPlainText(secret)),
                    Settings = { ["OrganizationId"] = organizationId ?? options.OrganizationId, ["BrandId"] = options.BrandId },
                    BaseUri = server.BaseUri,
                    Retry = TwoChatLoopback.FastRetries(),
                },
                CancellationToken.None);
    }
}

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
    internal sealed class AppleLoopback : IAsyncDisposable
    {
        private AppleLoopback(AppleEmulator emulator, LoopbackEmulatorServer server, CallerIdConnection connection)
        {
            Emulator = emulator;
            Server = server;
            Connection = connection;
            Client = connection.ClientAs<AppleClient>();
        }

        public AppleEmulator Emulator { get; }

        public LoopbackEmulatorServer Server { get; }

        public CallerIdConnection Connection { get; }

        public AppleClient Client { get; }

        public static async Task<AppleLoopback> StartAsync(Action<AppleEmulatorOptions>? configure = null)
        {
            var options = new AppleEmulatorOptions { ClientSecret = "apple-" + Guid.NewGuid().ToString("N") };
            configure?.Invoke(options);
            var emulator = new AppleEmulator(options);
            var server = await LoopbackEmulatorServer.StartAsync(emulator);
            try
            {
                return new AppleLoopback(emulator, server, await ConnectAsync(server, options, options.ClientSecret));
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }

        public static Task<CallerIdConnection> ConnectAsync(LoopbackEmulatorServer server, AppleEmulatorOptions options, string secret, string? organizationId = null) =>
            ConnectionFactory.ConnectAsync(
                new ConnectionRequest("AppleBusiness", ProviderKind.AppleBusiness)
                {
                    Credential = new ClientCredential(options.ClientId, Secret.FromPlainText(secret)),
                    OrganizationId = organizationId ?? options.OrganizationId,
                    BrandId = options.BrandId,
                    BaseUri = server.BaseUri,
                    Retry = TwoChatLoopback.FastRetries(),
                },
                CancellationToken.None);

        public async ValueTask DisposeAsync()
        {
            Connection.Dispose();
            await Server.DisposeAsync();
        }
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Model;
using CallerIdPs.Providers.Plivo;
using CallerIdPs.Sandbox.Plivo;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>A Plivo emulator served on 127.0.0.1 and a real connection to it with the main account's (or a subaccount's) credentials.</summary>
    internal sealed class PlivoLoopback : ClientLoopback<PlivoEmulator, PlivoClient>
    {
        private PlivoLoopback(PlivoEmulator emulator, LoopbackEmulatorServer server, CallerIdConnection connection)
            : base(emulator, server, connection)
        {
        }

        /// <summary>Connects as <paramref name="authId"/> (the main account by default; a subaccount's token is "token-" + its id).</summary>
        public static async Task<PlivoLoopback> StartAsync(string? authId = null)
        {
            var emulator = new PlivoEmulator(new PlivoEmulatorOptions { AuthToken = "pl-" + Guid.NewGuid().ToString("N") });
            var id = authId ?? emulator.Options.AuthId;
            var token = authId == null ? emulator.Options.AuthToken : "token-" + authId;
            var (server, connection) = await ServeAsync(emulator, s => ConnectionFactory.ConnectAsync(
                new ConnectionRequest("Plivo", ProviderKind.Plivo)
                {
                    Credential = new ClientCredential(id, Secret.FromPlainText(token)),
                    BaseUri = s.BaseUri,
                    Retry = TwoChatLoopback.FastRetries(),
                },
                CancellationToken.None));
            return new PlivoLoopback(emulator, server, connection);
        }
    }
}

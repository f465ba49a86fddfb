using System;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>An emulator served on 127.0.0.1 and a real connection to it: a provider client's whole HTTP path.</summary>
    internal abstract class ClientLoopback<TEmulator, TClient> : IAsyncDisposable
        where TEmulator : IApiEmulator
        where TClient : class
    {
        protected ClientLoopback(TEmulator emulator, LoopbackEmulatorServer server, CallerIdConnection connection)
        {
            Emulator = emulator;
            Server = server;
            Connection = connection;
            Client = connection.ClientAs<TClient>();
        }

        public TEmulator Emulator { get; }

        public LoopbackEmulatorServer Server { get; }

        public CallerIdConnection Connection { get; }

        public TClient Client { get; }

        /// <summary>Serves the emulator and connects; the server is stopped again if connecting fails.</summary>
        protected static async Task<(LoopbackEmulatorServer Server, CallerIdConnection Connection)> ServeAsync(TEmulator emulator, Func<LoopbackEmulatorServer, Task<CallerIdConnection>> connect)
        {
            var server = await LoopbackEmulatorServer.StartAsync(emulator);
            try
            {
                return (server, await connect(server));
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            Connection.Dispose();
            await Server.DisposeAsync();
        }
    }
}

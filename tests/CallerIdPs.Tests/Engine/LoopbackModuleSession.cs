using System;
using System.Security;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// The module in the engine, connected with -BaseUri and -ApiKey to a 2Chat emulator served on 127.0.0.1: the test
    /// holds the emulator, so it can count requests, inject faults and check state behind the cmdlets' backs.
    /// </summary>
    public sealed class LoopbackModuleSession : IDisposable
    {
        private readonly LoopbackEmulatorServer _server;

        public LoopbackModuleSession(TwoChatEmulatorOptions? options = null, bool connect = true)
        {
            Emulator = new TwoChatEmulator(options ?? new TwoChatEmulatorOptions { ApiKey = "tc-" + Guid.NewGuid().ToString("N") });
            _server = LoopbackEmulatorServer.StartAsync(Emulator).GetAwaiter().GetResult();
            Session = new ModuleSession();
            Session.SetVariable("key", Secure(Emulator.Options.ApiKey));
            Session.SetVariable("uri", _server.BaseUri);
            if (connect)
            {
                Session.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri").AssertNoErrors();
            }
        }

        public TwoChatEmulator Emulator { get; }

        public ModuleSession Session { get; }

        public Uri BaseUri => _server.BaseUri;

        public string ApiKey => Emulator.Options.ApiKey;

        public EngineResult Run(string script) => Session.Run(script);

        public static SecureString Secure(string text)
        {
            var secure = new SecureString();
            foreach (var c in text) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }

        public void Dispose()
        {
            Session.Dispose();
            _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

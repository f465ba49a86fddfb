using System;
using System.Security;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Sandbox.Framework;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// The module in the engine, connected with -BaseUri to an emulator served on 127.0.0.1: the test holds the
    /// emulator, so it can count requests, inject faults and check state behind the cmdlets' backs.
    /// </summary>
    public abstract class LoopbackSession<TEmulator> : IDisposable
        where TEmulator : IApiEmulator
    {
        private readonly LoopbackEmulatorServer _server;

        protected LoopbackSession(TEmulator emulator)
        {
            Emulator = emulator;
            _server = LoopbackEmulatorServer.StartAsync(emulator).GetAwaiter().GetResult();
            Session = new ModuleSession();
            Session.SetVariable("uri", _server.BaseUri);
        }

        public TEmulator Emulator { get; }

        public ModuleSession Session { get; }

        public Uri BaseUri => _server.BaseUri;

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

    /// <summary>2Chat over loopback: $key holds the API key, and the connection is named TwoChat.</summary>
    public sealed class LoopbackModuleSession : LoopbackSession<TwoChatEmulator>
    {
        public LoopbackModuleSession(TwoChatEmulatorOptions? options = null, bool connect = true)
            : base(new TwoChatEmulator(options ?? new TwoChatEmulatorOptions { ApiKey = "tc-" + Guid.NewGuid().ToString("N") }))
        {
            Session.SetVariable("key", Secure(Emulator.Options.ApiKey));
            if (connect)
            {
                Session.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri").AssertNoErrors();
            }
        }

        public string ApiKey => Emulator.Options.ApiKey;
    }
}

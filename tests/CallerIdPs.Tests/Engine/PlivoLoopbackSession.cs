using System;
using System.Management.Automation;
using CallerIdPs.Sandbox.Plivo;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Plivo over loopback: $cred holds the Auth ID and token, and the connection is named Plivo.</summary>
    public sealed class PlivoLoopbackSession : LoopbackSession<PlivoEmulator>
    {
        public PlivoLoopbackSession(PlivoEmulatorOptions? options = null, bool connect = true)
            : base(new PlivoEmulator(options ?? new PlivoEmulatorOptions { AuthToken = "pl-" + Guid.NewGuid().ToString("N") }))
        {
            Session.SetVariable("cred", new PSCredential(Emulator.Options.AuthId, Secure(Emulator.Options.AuthToken)));
            if (connect)
            {
                Session.Run("Connect-CallerIdProvider -Provider Plivo -Credential $cred -BaseUri $uri").AssertNoErrors();
            }
        }
    }
}

using System;
using System.Management.Automation;
using CallerIdPs.Sandbox.AppleBusiness;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Apple Business over loopback: $cred holds the client id and secret, and the connection is named AppleBusiness.</summary>
    public sealed class AppleLoopbackSession : LoopbackSession<AppleEmulator>
    {
        public AppleLoopbackSession(AppleEmulatorOptions? options = null)
            : base(new AppleEmulator(options ?? new AppleEmulatorOptions { ClientSecret = "apple-" + Guid.NewGuid().ToString("N") }))
        {
            Session.SetVariable("cred", new PSCredential(Emulator.Options.ClientId, Secure(Emulator.Options.ClientSecret)));
            Session.SetVariable("org", Emulator.Options.OrganizationId);
            Session.SetVariable("brand", Emulator.Options.BrandId);
            Session.Run("Connect-CallerIdProvider -Provider AppleBusiness -Credential $cred -OrganizationId $org -BrandId $brand -BaseUri $uri").AssertNoErrors();
        }
    }
}

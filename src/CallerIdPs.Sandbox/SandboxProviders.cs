using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Sandbox
{
    /// <summary>The providers the sandbox emulates: one registration entry each.</summary>
    public static class SandboxProviders
    {
        private static readonly IReadOnlyList<SandboxProvider> Registered = new SandboxProvider[]
        {
            new TwoChat.TwoChatSandbox(),
            new Plivo.PlivoSandbox(),
            new AppleBusiness.AppleSandbox(),
            new IdentityCall.IdentityCallSandbox(),
        };

        public static IReadOnlyList<SandboxProvider> All => Registered;

        /// <summary>The sandbox of the provider the module lists as <paramref name="provider"/>, or null.</summary>
        public static SandboxProvider? For(string provider) =>
            Registered.FirstOrDefault(p => string.Equals(p.Provider, provider, StringComparison.OrdinalIgnoreCase));
    }
}

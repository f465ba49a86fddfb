using System;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Sandbox.IdentityCall
{
    internal sealed class IdentityCallSandbox : SandboxProvider
    {
        public override string Provider => "IdentityCall";

        /// <summary>
        /// A full-permission, account-wide key paced like a real one: the Free plan's 60 a minute, which is what a real
        /// connection keeps to unless -RequestsPerMinute says more (then the sandbox key is a Pro plan's). The key has
        /// IdentityCall's shape (idc_ and 32 letters and digits), which the connector checks.
        /// </summary>
        public override SandboxAccount Open(string secret, int? requestsPerMinute)
        {
            var key = "idc_" + Guid.NewGuid().ToString("N");
            var pro = requestsPerMinute > IdentityCallEmulatorOptions.FreePlanRequestsPerMinute;
            var options = new IdentityCallEmulatorOptions { Plan = pro ? IdentityCallPlan.Pro : IdentityCallPlan.Free };
            options.Keys.Add(new IdentityCallApiKey(key));
            return SandboxAccount.WithApiKey(new IdentityCallEmulator(options), key);
        }
    }
}

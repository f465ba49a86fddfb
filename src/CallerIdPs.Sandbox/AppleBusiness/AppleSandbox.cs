using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Sandbox.AppleBusiness
{
    internal sealed class AppleSandbox : SandboxProvider
    {
        public override string Provider => "AppleBusiness";

        /// <summary>The sandbox brings its own organization and brand, so -Sandbox needs no other parameter.</summary>
        public override SandboxAccount Open(string secret, int? requestsPerMinute)
        {
            var options = new AppleEmulatorOptions { ClientSecret = secret };
            var account = SandboxAccount.WithClient(new AppleEmulator(options), options.ClientId, secret);
            account.Settings["OrganizationId"] = options.OrganizationId;
            account.Settings["BrandId"] = options.BrandId;
            return account;
        }
    }
}

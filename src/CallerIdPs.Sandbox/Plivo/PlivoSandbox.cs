using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Sandbox.Plivo
{
    internal sealed class PlivoSandbox : SandboxProvider
    {
        public override string Provider => "Plivo";

        public override string? VerificationCode => PlivoEmulatorOptions.SandboxOtp;

        public override SandboxAccount Open(string secret, int? requestsPerMinute)
        {
            var options = new PlivoEmulatorOptions { AuthToken = secret };
            return SandboxAccount.WithClient(new PlivoEmulator(options), options.AuthId, secret);
        }
    }
}

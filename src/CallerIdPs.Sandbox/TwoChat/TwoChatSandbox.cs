using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Sandbox.TwoChat
{
    internal sealed class TwoChatSandbox : SandboxProvider
    {
        public override string Provider => "TwoChat";

        public override SandboxAccount Open(string secret, int? requestsPerMinute) =>
            SandboxAccount.WithApiKey(new TwoChatEmulator(new TwoChatEmulatorOptions { ApiKey = secret }), secret);
    }
}

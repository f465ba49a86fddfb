using System;
using System.Security.Cryptography;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Sandbox.Framework;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Sandbox
{
    /// <summary>
    /// -Sandbox: a fresh emulated account per connection, reached through the connection's normal HTTP pipeline with
    /// an in-process transport. Its key is random and never shown, so the sandbox path authenticates like the real one.
    /// </summary>
    internal static class SandboxConnections
    {
        public static void Prepare(ConnectionRequest request)
        {
            var key = RandomKey();
            IApiEmulator emulator;
            switch (request.Provider)
            {
                case ProviderKind.TwoChat:
                    emulator = new TwoChatEmulator(new TwoChatEmulatorOptions { ApiKey = key });
                    request.Credential = new ApiKeyCredential(Secret.FromPlainText(key));
                    break;
                default:
                    throw new CallerIdException(
                        CallerIdErrorKind.NotSupported,
                        $"The sandbox does not emulate {request.Provider.DisplayName()} yet.",
                        "Connect-CallerIdProvider -Provider TwoChat -Sandbox works today.") { OffendingValue = request.Provider };
            }

            request.SandboxHandler = () => new SandboxHttpHandler(emulator);
        }

        private static string RandomKey()
        {
            var bytes = new byte[24];
            using (var generator = RandomNumberGenerator.Create())
            {
                generator.GetBytes(bytes);
            }

            return "sbx_" + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }
}

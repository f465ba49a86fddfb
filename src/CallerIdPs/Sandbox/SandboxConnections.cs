using System;
using System.Security.Cryptography;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Sandbox.AppleBusiness;
using CallerIdPs.Sandbox.Framework;
using CallerIdPs.Sandbox.Plivo;
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
                case ProviderKind.Plivo:
                    var plivo = new PlivoEmulatorOptions { AuthToken = key };
                    emulator = new PlivoEmulator(plivo);
                    request.Credential = new ClientCredential(plivo.AuthId, Secret.FromPlainText(key));
                    break;
                case ProviderKind.AppleBusiness:
                    // The sandbox brings its own organization and brand, so -Sandbox needs no other parameter.
                    var apple = new AppleEmulatorOptions { ClientSecret = key };
                    emulator = new AppleEmulator(apple);
                    request.Credential = new ClientCredential(apple.ClientId, Secret.FromPlainText(key));
                    request.OrganizationId = apple.OrganizationId;
                    request.BrandId = apple.BrandId;
                    break;
                default:
                    throw new CallerIdException(
                        CallerIdErrorKind.NotSupported,
                        $"The sandbox does not emulate {request.Provider.DisplayName()} yet.",
                        "The sandbox emulates 2Chat, Plivo and Apple Business in this version.") { OffendingValue = request.Provider };
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

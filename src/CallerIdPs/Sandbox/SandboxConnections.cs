using System;
using System.Security.Cryptography;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Sandbox.AppleBusiness;
using CallerIdPs.Sandbox.Framework;
using CallerIdPs.Providers.IdentityCall;
using CallerIdPs.Sandbox.IdentityCall;
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
                case ProviderKind.IdentityCall:
                    // A full-permission, account-wide key paced like a real one: the Free plan's 60 a minute, which is what a
                    // real connection keeps to unless -RequestsPerMinute says more (then the sandbox key is a Pro plan's).
                    var idcKey = "idc_" + Guid.NewGuid().ToString("N"); // IdentityCall's key shape: idc_ and 32 letters and digits
                    var pro = request.RequestsPerMinute > IdentityCallConnector.FreePlanRequestsPerMinute;
                    var identityCall = new IdentityCallEmulatorOptions { Plan = pro ? IdentityCallPlan.Pro : IdentityCallPlan.Free };
                    identityCall.Keys.Add(new IdentityCallApiKey(idcKey));
                    emulator = new IdentityCallEmulator(identityCall);
                    request.Credential = new ApiKeyCredential(Secret.FromPlainText(idcKey));
                    break;
                default:
                    throw new CallerIdException(
                        CallerIdErrorKind.NotSupported,
                        $"The sandbox does not emulate {request.Provider.DisplayName()} yet.",
                        "The sandbox emulates 2Chat, Plivo, Apple Business and IdentityCall.") { OffendingValue = request.Provider };
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

using System;
using System.Linq;
using System.Security.Cryptography;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;

namespace CallerIdPs.Sandbox
{
    /// <summary>
    /// -Sandbox: a fresh emulated account per connection (the provider's <see cref="SandboxProviders"/> entry), reached
    /// through the connection's normal HTTP pipeline with an in-process transport. Its secret is random and never shown,
    /// so the sandbox path authenticates like the real one.
    /// </summary>
    internal static class SandboxConnections
    {
        public static void Prepare(ConnectionRequest request)
        {
            var sandbox = SandboxProviders.For(request.Provider.ToString())
                ?? throw new CallerIdException(
                    CallerIdErrorKind.NotSupported,
                    $"The sandbox does not emulate {request.Provider.DisplayName()} yet.",
                    $"The sandbox emulates {Emulated()}.") { OffendingValue = request.Provider };
            var account = sandbox.Open(RandomKey(), request.RequestsPerMinute);
            request.Credential = account.ApiKey != null
                ? new ApiKeyCredential(Secret.FromPlainText(account.ApiKey))
                : (ProviderCredential)new ClientCredential(account.ClientId!, Secret.FromPlainText(account.ClientSecret!));
            foreach (var setting in account.Settings)
            {
                request.Settings[setting.Key] = setting.Value;
            }

            request.SandboxHandler = () => new Framework.SandboxHttpHandler(account.Emulator);
        }

        /// <summary>The code every verification on this provider's sandbox accepts, or null when its sandbox verifies nothing.</summary>
        public static string? VerificationCode(ProviderKind provider) => SandboxProviders.For(provider.ToString())?.VerificationCode;

        /// <summary>The emulated providers' names, "A, B and C".</summary>
        private static string Emulated()
        {
            var names = SandboxProviders.All
                .Select(p => Enum.TryParse<ProviderKind>(p.Provider, out var kind) ? kind.DisplayName() : p.Provider)
                .ToList();
            return ListText.Join(names, "and");
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

using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Sandbox;
using CallerIdPs.Sandbox.AppleBusiness;
using CallerIdPs.Sandbox.Framework;
using CallerIdPs.Sandbox.IdentityCall;
using CallerIdPs.Sandbox.Plivo;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.EmulatorServer
{
    /// <summary>One provider's emulator as the server shows it: its public sandbox values and how to connect to it.</summary>
    public sealed class ServedProvider
    {
        public ServedProvider(string provider, IApiEmulator emulator, string connect, params string[] credentials)
        {
            Provider = provider;
            Emulator = emulator;
            Connect = connect;
            Credentials = credentials;
        }

        /// <summary>The name -Provider takes.</summary>
        public string Provider { get; }

        public IApiEmulator Emulator { get; }

        /// <summary>What follows -BaseUri in the Connect-CallerIdProvider line.</summary>
        public string Connect { get; }

        /// <summary>The public sandbox values to type in, one a line.</summary>
        public IReadOnlyList<string> Credentials { get; }
    }

    /// <summary>
    /// The providers the server can serve, by the names <see cref="SandboxProviders"/> registers: one entry each (a
    /// provider added to the sandbox needs one here, which a test checks).
    /// </summary>
    public static class ServedProviders
    {
        private const string ApiKeyPrompt = "-ApiKey (Read-Host -AsSecureString)";

        /// <summary>"TwoChat|Plivo|AppleBusiness|IdentityCall", for the usage line.</summary>
        public static string Names => string.Join("|", SandboxProviders.All.Select(p => p.Provider));

        /// <summary>The emulator of <paramref name="provider"/> (any case) with the options given; null when none is served under that name.</summary>
        public static ServedProvider? Open(string provider, TwoChatEmulatorOptions twoChat, PlivoEmulatorOptions plivo)
        {
            var name = SandboxProviders.For(provider)?.Provider;
            return name != null && Table(twoChat, plivo).TryGetValue(name, out var open) ? open() : null;
        }

        private static Dictionary<string, Func<ServedProvider>> Table(TwoChatEmulatorOptions twoChat, PlivoEmulatorOptions plivo)
        {
            var apple = new AppleEmulatorOptions();
            return new Dictionary<string, Func<ServedProvider>>
            {
                ["TwoChat"] = () => new ServedProvider("TwoChat", new TwoChatEmulator(twoChat), ApiKeyPrompt, $"API key: {twoChat.ApiKey}"),
                ["Plivo"] = () => new ServedProvider("Plivo", new PlivoEmulator(plivo), $"-Credential (Get-Credential {plivo.AuthId})", $"Auth ID: {plivo.AuthId}", $"Auth Token: {plivo.AuthToken}", $"Every verification code: {PlivoEmulatorOptions.SandboxOtp}"),
                ["AppleBusiness"] = () => new ServedProvider("AppleBusiness", new AppleEmulator(apple), $"-OrganizationId {apple.OrganizationId} -BrandId {apple.BrandId} -Credential (Get-Credential {apple.ClientId})", $"client id: {apple.ClientId}", $"client secret: {apple.ClientSecret}"),
                ["IdentityCall"] = () => new ServedProvider(
                    "IdentityCall",
                    new IdentityCallEmulator(),
                    ApiKeyPrompt,
                    $"{IdentityCallEmulatorOptions.AccountKey} (account-wide: read, write, delete)",
                    $"{IdentityCallEmulatorOptions.ReadOnlyKey} (read only)",
                    $"{IdentityCallEmulatorOptions.WriteOnlyKey} (write only)",
                    $"{IdentityCallEmulatorOptions.ProjectKey} (read, write; project {IdentityCallEmulatorOptions.SalesProjectId} only)",
                    $"{IdentityCallEmulatorOptions.ExpiredKey} (expired)"),
            };
        }
    }
}

using System.Collections.Generic;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>
    /// How -Sandbox opens a fresh emulated account of one provider: the emulator and the credential and settings that
    /// reach it. Each provider's folder has one; <see cref="SandboxProviders"/> registers them.
    /// </summary>
    public abstract class SandboxProvider
    {
        /// <summary>The provider's name in the module's provider list (what -Provider takes).</summary>
        public abstract string Provider { get; }

        /// <param name="secret">A random secret for the account's key, token or client secret (never shown).</param>
        /// <param name="requestsPerMinute">The pace the user asked for (-RequestsPerMinute), when given.</param>
        public abstract SandboxAccount Open(string secret, int? requestsPerMinute);

        /// <summary>The code every sandbox verification accepts, for providers that verify caller IDs; null otherwise.</summary>
        public virtual string? VerificationCode => null;
    }

    /// <summary>A fresh emulated account: the emulator, and either an API key or a client id and secret, plus provider settings.</summary>
    public sealed class SandboxAccount
    {
        private SandboxAccount(IApiEmulator emulator, string? apiKey, string? clientId, string? clientSecret)
        {
            Emulator = emulator;
            ApiKey = apiKey;
            ClientId = clientId;
            ClientSecret = clientSecret;
        }

        public static SandboxAccount WithApiKey(IApiEmulator emulator, string apiKey) => new SandboxAccount(emulator, apiKey, null, null);

        public static SandboxAccount WithClient(IApiEmulator emulator, string clientId, string clientSecret) => new SandboxAccount(emulator, null, clientId, clientSecret);

        public IApiEmulator Emulator { get; }

        /// <summary>The API key, for providers that take one; otherwise null and <see cref="ClientId"/> is set.</summary>
        public string? ApiKey { get; }

        public string? ClientId { get; }

        public string? ClientSecret { get; }

        /// <summary>Settings the connection takes besides the credential, by Connect-CallerIdProvider's parameter name.</summary>
        public IDictionary<string, string> Settings { get; } = new Dictionary<string, string>();
    }
}

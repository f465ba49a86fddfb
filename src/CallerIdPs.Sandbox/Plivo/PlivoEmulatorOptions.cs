using System;
using System.Collections.Generic;

namespace CallerIdPs.Sandbox.Plivo
{
    /// <summary>The seeded Plivo account the emulator plays. Defaults follow ../shared/providers/plivo.md.</summary>
    public sealed class PlivoEmulatorOptions
    {
        /// <summary>The main account's Auth ID (Plivo ids are uppercase letters and digits).</summary>
        public const string DefaultAuthId = "MASANDBOXPLIVOAUTH01";

        public const string DefaultAuthToken = "sandbox-plivo-auth-token";

        /// <summary>The code every verification "sends" unless <see cref="FixedOtp"/> is changed.</summary>
        public const string SandboxOtp = "123456";

        public string AuthId { get; set; } = DefaultAuthId;

        public string AuthToken { get; set; } = DefaultAuthToken;

        /// <summary>Subaccount Auth IDs that exist on the account; each has token "token-" + its id.</summary>
        public IList<string> SubaccountAuthIds { get; } = new List<string> { "SASANDBOXSUB00000001", "SASANDBOXSUB00000002" };

        /// <summary>Plivo's documented limit for non-call APIs: 300 requests per 5 seconds per account, then 429.</summary>
        public int RequestsPerFiveSeconds { get; set; } = 300;

        /// <summary>How long an OTP stays valid; the docs say 15 minutes.</summary>
        public TimeSpan VerificationLifetime { get; set; } = TimeSpan.FromMinutes(15);

        /// <summary>The OTP every verification sends; null = a random 6-digit code, readable with PlivoEmulator.OtpFor(uuid).</summary>
        public string? FixedOtp { get; set; } = SandboxOtp;

        /// <summary>Verified caller IDs on the account before the first request; 47 needs 3 pages at Plivo's limit of 20.</summary>
        public int SeededCallerIds { get; set; } = 47;

        /// <summary>Numbers the account rents before the first request; 24 needs 2 pages at Plivo's limit of 20.</summary>
        public int SeededNumbers { get; set; } = 24;

        public int Seed { get; set; } = 2026;
    }
}

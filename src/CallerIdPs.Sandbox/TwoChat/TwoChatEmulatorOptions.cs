using System;

namespace CallerIdPs.Sandbox.TwoChat
{
    /// <summary>The seeded 2Chat account the emulator plays. Defaults follow the provider file's /info example.</summary>
    public sealed class TwoChatEmulatorOptions
    {
        public const string DefaultApiKey = "sandbox-2chat-api-key";

        public string ApiKey { get; set; } = DefaultApiKey;

        /// <summary>What /info reports as limits.requests_per_minute, and what the emulator enforces with 429.</summary>
        public int RequestsPerMinute { get; set; } = 80;

        /// <summary>How long a reservation holds. The provider file knows examples of 30 minutes and of one hour.</summary>
        public TimeSpan ReservationLifetime { get; set; } = TimeSpan.FromMinutes(30);

        /// <summary>Credits used before the first request; every call costs one. Reaching the maximum answers 402.</summary>
        public long ApiRequestCount { get; set; } = 77112;

        public long MaxApiRequestCount { get; set; } = 500000;

        /// <summary>A trial that is over: every call but /info answers 402.</summary>
        public bool TrialOver { get; set; }

        /// <summary>A blocked account: every call answers 403.</summary>
        public bool Blocked { get; set; }

        /// <summary>Caller IDs on the account (the provider's example reports a count of 1257).</summary>
        public int CallerIdCount { get; set; } = 1257;

        public int Seed { get; set; } = 2026;

        /// <summary>Numbers each group can sell (the benchmark buys hundreds from one group).</summary>
        public int NumbersPerGroup { get; set; } = 24;

        /// <summary>
        /// Asynchronous activation, which 2Chat documents (202 accepted, PENDING_ACTIVATION): a bought number is left out
        /// of this many virtual-number listings after its purchase, then listed as PENDING_ACTIVATION. 0 lists it at once.
        /// </summary>
        public int ActivationListings { get; set; }

        /// <summary>Largest results_per_page the emulator honours; larger asks get this many.</summary>
        public int MaxResultsPerPage { get; set; } = 200;
    }
}

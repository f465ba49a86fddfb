using System;
using System.Collections.Generic;

namespace CallerIdPs.Sandbox.IdentityCall
{
    /// <summary>IdentityCall's plans, which set the rate limit.</summary>
    public enum IdentityCallPlan
    {
        /// <summary>60 requests a minute.</summary>
        Free,
        /// <summary>300 requests a minute.</summary>
        Pro,
    }

    /// <summary>An API key of the account: its token, its permissions, an optional project scope and an optional expiry.</summary>
    public sealed class IdentityCallApiKey
    {
        public IdentityCallApiKey(string token) => Token = token;

        /// <summary>"idc_" and 32 letters and digits.</summary>
        public string Token { get; }

        public bool Read { get; set; } = true;

        public bool Write { get; set; } = true;

        public bool Delete { get; set; } = true;

        /// <summary>The project the key is limited to; null for an account-wide key.</summary>
        public int? ProjectId { get; set; }

        /// <summary>When the key stops working; null for never.</summary>
        public DateTimeOffset? ExpiresAt { get; set; }
    }

    /// <summary>The seeded IdentityCall account the emulator plays: its keys, its plan and its seed.</summary>
    public sealed class IdentityCallEmulatorOptions
    {
        /// <summary>Account-wide, read + write + delete (a public sandbox value, like the other emulators' defaults).</summary>
        public const string AccountKey = "idc_SandboxAccountKeyReadWriteDelete";

        /// <summary>Account-wide, read only.</summary>
        public const string ReadOnlyKey = "idc_SandboxReadOnlyKey00000000000000";

        /// <summary>Account-wide, write only (no read).</summary>
        public const string WriteOnlyKey = "idc_SandboxWriteOnlyKey0000000000000";

        /// <summary>Read + write, scoped to the Sales project (<see cref="SalesProjectId"/>).</summary>
        public const string ProjectKey = "idc_SandboxProjectKeySalesProject001";

        /// <summary>Account-wide and full, but expired on 1 January 2025.</summary>
        public const string ExpiredKey = "idc_SandboxExpiredKey000000000000000";

        /// <summary>The project <see cref="ProjectKey"/> sees: it holds numbers 7 and 11.</summary>
        public const int SalesProjectId = 1;

        /// <summary>Another project: it holds number 8.</summary>
        public const int SupportProjectId = 2;

        private int? _requestsPerMinute;

        public IList<IdentityCallApiKey> Keys { get; } = new List<IdentityCallApiKey>
        {
            new IdentityCallApiKey(AccountKey),
            new IdentityCallApiKey(ReadOnlyKey) { Write = false, Delete = false },
            new IdentityCallApiKey(WriteOnlyKey) { Read = false, Delete = false },
            new IdentityCallApiKey(ProjectKey) { Delete = false, ProjectId = SalesProjectId },
            new IdentityCallApiKey(ExpiredKey) { ExpiresAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) },
        };

        public IdentityCallPlan Plan { get; set; } = IdentityCallPlan.Free;

        public const int FreePlanRequestsPerMinute = 60;

        public const int ProPlanRequestsPerMinute = 300;

        /// <summary>Requests per minute for the whole account before 429: the plan's (Free 60, Pro 300) unless set.</summary>
        public int RequestsPerMinute
        {
            get => _requestsPerMinute ?? (Plan == IdentityCallPlan.Pro ? ProPlanRequestsPerMinute : FreePlanRequestsPerMinute);
            set => _requestsPerMinute = value;
        }

        /// <summary>Numbers for sale per country and type.</summary>
        public int AvailablePerSearch { get; set; } = 10;

        public int Seed { get; set; } = 2026;
    }
}

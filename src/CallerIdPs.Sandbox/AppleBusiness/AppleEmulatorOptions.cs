using System;
using System.Collections.Generic;

namespace CallerIdPs.Sandbox.AppleBusiness
{
    /// <summary>The emulated Apple Business organization: its service account, organization, brand, token lifetime and limits.</summary>
    public sealed class AppleEmulatorOptions
    {
        public const string DefaultClientId = "SANDBOX.apple-business-client";

        public const string DefaultClientSecret = "sandbox-apple-client-secret";

        /// <summary>Apple ids are digit strings longer than a double holds exactly; the sandbox's are too.</summary>
        public const string DefaultOrganizationId = "9467895078742654934";

        public const string DefaultBrandId = "9467895078742654921";

        /// <summary>A number the sandbox blocks: creating it is refused with CallerIdIsBlocked.</summary>
        public const string BlockedNumber = "+18009990000";

        public string ClientId { get; set; } = DefaultClientId;

        public string ClientSecret { get; set; } = DefaultClientSecret;

        public string OrganizationId { get; set; } = DefaultOrganizationId;

        public string BrandId { get; set; } = DefaultBrandId;

        /// <summary>expires_in of every token issued; Apple documents 3600 seconds.</summary>
        public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

        /// <summary>Production's documented limit; more in one second is answered 429 (inferred: 429 is not documented).</summary>
        public int RequestsPerSecond { get; set; } = 15;

        /// <summary>A Read Only service account: writes are answered 403.</summary>
        public bool ReadOnly { get; set; }

        /// <summary>Apple does not document the page size; the emulator caps limit at 50 (a judgement call).</summary>
        public int MaxLimit { get; set; } = 50;

        /// <summary>How long a paging cursor stays usable ("opaque and short-lived").</summary>
        public TimeSpan CursorLifetime { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>Caller IDs on the brand before the first request; 120 is three pages at the cap of 50.</summary>
        public int SeededCallerIds { get; set; } = 120;

        /// <summary>At most this many caller IDs per brand (Apple: 150,000).</summary>
        public int MaxCallerIdsPerBrand { get; set; } = 150000;

        /// <summary>Numbers whose ownership is already proven: creating them brings no PhoneNumberVerificationRequired warning.</summary>
        public ISet<string> VerifiedNumbers { get; } = new HashSet<string>(StringComparer.Ordinal) { "+18006666666" };

        public ISet<string> BlockedNumbers { get; } = new HashSet<string>(StringComparer.Ordinal) { BlockedNumber };

        public int Seed { get; set; } = 2026;
    }
}

using System;
using System.Collections.Generic;

namespace CallerIdPs.FaultServer
{
    /// <summary>The knobs of one test's adversary. Set before the module connects; read by the fake APIs on every request.</summary>
    public sealed class FaultScenario
    {
        /// <summary>A bought number appears in the account's listing only this long after the provider committed it.</summary>
        public TimeSpan ListAfter { get; set; }

        /// <summary>The account's listing shows bought numbers without the leading '+' (e.g. 447700900101).</summary>
        public bool ListWithoutPlus { get; set; }

        public TwoChatKnobs TwoChat { get; } = new TwoChatKnobs();

        public IdentityCallKnobs IdentityCall { get; } = new IdentityCallKnobs();

        public PlivoKnobs Plivo { get; } = new PlivoKnobs();

        public AppleKnobs Apple { get; } = new AppleKnobs();
    }

    public enum PageShape
    {
        /// <summary>Consecutive pages, the last one short.</summary>
        Normal,

        /// <summary>Every page after the first repeats the first, forever full.</summary>
        RepeatFirstPage,

        /// <summary>Each page starts half a page before where the previous one ended.</summary>
        Overlap,
    }

    public sealed class TwoChatKnobs
    {
        public string ApiKey { get; set; } = "tc-fault-" + Guid.NewGuid().ToString("N");

        /// <summary>The raw JSON value /info reports as limits.requests_per_minute ("-1", "0", "80"…).</summary>
        public string RequestsPerMinuteJson { get; set; } = "100000";

        public int CallerIdCount { get; set; } = 3;

        public PageShape CallerIdPages { get; set; } = PageShape.Normal;

        /// <summary>Numbers the account held years ago: listed among its virtual numbers with status RELEASED.</summary>
        public List<string> ReleasedNumbers { get; } = new List<string>();

        /// <summary>Purchases are answered 202 and the number is listed PENDING_ACTIVATION (2Chat's async flow).</summary>
        public bool PurchaseIsAsync { get; set; }
    }

    public sealed class IdentityCallKnobs
    {
        /// <summary>idc_ and 32 alphanumerics, as IdentityCall issues them.</summary>
        public string ApiKey { get; set; } = "idc_" + Guid.NewGuid().ToString("N");
    }

    public sealed class PlivoKnobs
    {
        public string AuthId { get; set; } = "MAFAULTSRV0000000001";

        public string AuthToken { get; set; } = "pl-fault-" + Guid.NewGuid().ToString("N");

        public int CallerIdCount { get; set; } = 25;

        /// <summary>meta.next always points at the page just served.</summary>
        public bool NextPointsAtItself { get; set; }

        /// <summary>Every request gets the first page, whatever its offset (with meta.offset 0).</summary>
        public bool IgnoreOffset { get; set; }
    }

    public sealed class AppleKnobs
    {
        public string ClientId { get; set; } = "fault-client";

        public string ClientSecret { get; set; } = "apple-fault-" + Guid.NewGuid().ToString("N");

        public string OrganizationId { get; set; } = "9467895078742654934";

        public string BrandId { get; set; } = "9467895078742654921";

        public int CallerIdCount { get; set; } = 4;

        /// <summary>Every page has a fresh cursor and a next link, but the same data.</summary>
        public bool NewCursorSameData { get; set; }
    }
}

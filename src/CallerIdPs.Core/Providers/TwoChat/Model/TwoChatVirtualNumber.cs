using System;

namespace CallerIdPs.Model
{
    /// <summary>A 2Chat virtual number (GET /open/voip/virtual-numbers).</summary>
    public sealed class TwoChatVirtualNumber : VirtualNumber
    {
        public TwoChatVirtualNumber() => Currency = "USD";

        public string? FormattedNumber { get; internal set; }
        public string? Region { get; internal set; }
        public string? Emoji { get; internal set; }
        public bool IsTollFree { get; internal set; }
        public bool RecordInbound { get; internal set; }
        public bool PricedPerMinute { get; internal set; }
        public decimal? IncomingPricePerMinute { get; internal set; }
        public string? IvrId { get; internal set; }
        public string? TimeZone { get; internal set; }
        public int? StatusCode { get; internal set; }
        public string? AccountId { get; internal set; }
        public DateTimeOffset? UpdatedAt { get; internal set; }
    }
}

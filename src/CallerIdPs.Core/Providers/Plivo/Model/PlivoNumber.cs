using System;

namespace CallerIdPs.Model
{
    /// <summary>
    /// A number Plivo sells now (GET …/PhoneNumber/). Its restriction, when it has one, is in
    /// <see cref="AvailableNumber.Requirements"/>, so Invoke-NumberPurchase applies the same rules as to any provider.
    /// </summary>
    public sealed class PlivoAvailableNumber : AvailableNumber
    {
        /// <summary>The area code or prefix Plivo gives ("415").</summary>
        public string? Prefix { get; internal set; }

        public string? City { get; internal set; }

        /// <summary>Plivo's region ("United States", "California"); note its country is a name, so <see cref="AvailableNumber.Country"/> is the ISO code searched for.</summary>
        public string? Region { get; internal set; }

        public string? RateCenter { get; internal set; }

        /// <summary>US/CA LATA; a number in Plivo's examples, a string in its field list.</summary>
        public string? Lata { get; internal set; }

        /// <summary>Plivo's type and sub_type as sent (fixed/local, mobile, tollfree…).</summary>
        public string? PlivoType { get; internal set; }

        public string? PlivoSubType { get; internal set; }

        /// <summary>city-address, country-address or terms-and-conditions: the proof Plivo needs before activation.</summary>
        public string? Restriction { get; internal set; }

        public string? RestrictionText { get; internal set; }

        public decimal? VoiceRate { get; internal set; }

        public decimal? SmsRate { get; internal set; }

        public decimal? MmsRate { get; internal set; }
    }

    /// <summary>A number the Plivo account rents (GET …/Number/). Its alias is <see cref="VirtualNumber.Name"/>, and
    /// <see cref="VirtualNumber.Id"/> is the E.164 number, the key Plivo's paths use.</summary>
    public sealed class PlivoVirtualNumber : VirtualNumber
    {
        /// <summary>Plivo prices in US dollars. Status is PendingDocuments while Plivo waits for compliance documents,
        /// PendingActivation while it is otherwise not active yet.</summary>
        public PlivoVirtualNumber() => Currency = "USD";

        /// <summary>Plivo's region text ("California, UNITED STATES").</summary>
        public string? Region { get; internal set; }

        public string? City { get; internal set; }

        /// <summary>The subaccount's Auth ID the number belongs to; null for the main account.</summary>
        public string? Subaccount { get; internal set; }

        public string? SubaccountName { get; internal set; }

        /// <summary>The application that answers the number (the id from Plivo's application URI).</summary>
        public string? ApplicationId { get; internal set; }

        public System.Collections.Generic.IReadOnlyList<NumberFeature> Features { get; internal set; } = Array.Empty<NumberFeature>();

        public string? Carrier { get; internal set; }

        /// <summary>Plivo's compliance_status as sent (null, submitted…).</summary>
        public string? ComplianceStatus { get; internal set; }

        public string? ComplianceApplicationId { get; internal set; }

        /// <summary>enabled or disabled (US only), as sent.</summary>
        public string? CnamLookup { get; internal set; }

        public decimal? VoiceRate { get; internal set; }

        public decimal? SmsRate { get; internal set; }

        public decimal? MmsRate { get; internal set; }

        public string? ResourceUri { get; internal set; }
    }
}

using System;
using System.Text.Json.Serialization;

// Plivo's JSON, field for field as the provider documents it. Mapping to the output model is in PlivoParser.
namespace CallerIdPs.Providers.Plivo
{
    internal sealed class PlivoCallerIdWire
    {
        [JsonPropertyName("alias")] public string? Alias { get; set; }
        [JsonPropertyName("api_id")] public string? ApiId { get; set; }
        [JsonPropertyName("channel")] public string? Channel { get; set; }
        [JsonPropertyName("country")] public string? Country { get; set; }
        [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
        [JsonPropertyName("modified_at")] public DateTimeOffset? ModifiedAt { get; set; }
        [JsonPropertyName("phone_number")] public string? PhoneNumber { get; set; }
        [JsonPropertyName("resource_uri")] public string? ResourceUri { get; set; }
        [JsonPropertyName("subaccount")] public string? Subaccount { get; set; }
        [JsonPropertyName("verification_uuid")] public string? VerificationUuid { get; set; }
    }

    internal sealed class PlivoListMetaWire
    {
        [JsonPropertyName("limit")] public int? Limit { get; set; }
        [JsonPropertyName("next")] public string? Next { get; set; }
        [JsonPropertyName("offset")] public int? Offset { get; set; }
        [JsonPropertyName("previous")] public string? Previous { get; set; }
        [JsonPropertyName("total_count")] public long? TotalCount { get; set; }
    }

    internal sealed class PlivoStartWire
    {
        [JsonPropertyName("api_id")] public string? ApiId { get; set; }
        [JsonPropertyName("message")] public string? Message { get; set; }
        [JsonPropertyName("verification_uuid")] public string? VerificationUuid { get; set; }
    }

    /// <summary>A number for sale (GET …/PhoneNumber/). Prices are strings ("0.80000"); lata is a number or a string.</summary>
    internal sealed class PlivoPhoneNumberWire
    {
        [JsonPropertyName("number")] public string? Number { get; set; }
        [JsonPropertyName("prefix")] public string? Prefix { get; set; }
        [JsonPropertyName("city")] public string? City { get; set; }
        [JsonPropertyName("country")] public string? Country { get; set; }
        [JsonPropertyName("region")] public string? Region { get; set; }
        [JsonPropertyName("rate_center")] public string? RateCenter { get; set; }
        [JsonPropertyName("lata")] public string? Lata { get; set; }
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("sub_type")] public string? SubType { get; set; }
        [JsonPropertyName("setup_rate")] public decimal? SetupRate { get; set; }
        [JsonPropertyName("monthly_rental_rate")] public decimal? MonthlyRentalRate { get; set; }
        [JsonPropertyName("sms_enabled")] public bool? SmsEnabled { get; set; }
        [JsonPropertyName("sms_rate")] public decimal? SmsRate { get; set; }
        [JsonPropertyName("mms_enabled")] public bool? MmsEnabled { get; set; }
        [JsonPropertyName("mms_rate")] public decimal? MmsRate { get; set; }
        [JsonPropertyName("voice_enabled")] public bool? VoiceEnabled { get; set; }
        [JsonPropertyName("voice_rate")] public decimal? VoiceRate { get; set; }
        [JsonPropertyName("restriction")] public string? Restriction { get; set; }
        [JsonPropertyName("restriction_text")] public string? RestrictionText { get; set; }
        [JsonPropertyName("resource_uri")] public string? ResourceUri { get; set; }
    }

    /// <summary>A number the account rents (GET …/Number/ and …/Number/{number}/).</summary>
    internal sealed class PlivoAccountNumberWire
    {
        [JsonPropertyName("number")] public string? Number { get; set; }
        [JsonPropertyName("alias")] public string? Alias { get; set; }
        [JsonPropertyName("sub_account")] public string? SubAccount { get; set; }
        // The docs' field list spells it subaccount; examples and SDKs use sub_account. Either is read.
        [JsonPropertyName("subaccount")] public string? Subaccount { get; set; }
        [JsonPropertyName("sub_account_name")] public string? SubAccountName { get; set; }
        [JsonPropertyName("added_on")] public DateTimeOffset? AddedOn { get; set; }
        [JsonPropertyName("application")] public string? Application { get; set; }
        [JsonPropertyName("carrier")] public string? Carrier { get; set; }
        [JsonPropertyName("region")] public string? Region { get; set; }
        [JsonPropertyName("city")] public string? City { get; set; }
        [JsonPropertyName("country")] public string? Country { get; set; }
        [JsonPropertyName("number_type")] public string? NumberType { get; set; }
        // Filters accept type and number_type alike; an answer carrying type is read the same way.
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("monthly_rental_rate")] public decimal? MonthlyRentalRate { get; set; }
        [JsonPropertyName("renewal_date")] public DateTimeOffset? RenewalDate { get; set; }
        [JsonPropertyName("sms_enabled")] public bool? SmsEnabled { get; set; }
        [JsonPropertyName("sms_rate")] public decimal? SmsRate { get; set; }
        [JsonPropertyName("mms_enabled")] public bool? MmsEnabled { get; set; }
        [JsonPropertyName("mms_rate")] public decimal? MmsRate { get; set; }
        [JsonPropertyName("voice_enabled")] public bool? VoiceEnabled { get; set; }
        [JsonPropertyName("voice_rate")] public decimal? VoiceRate { get; set; }
        [JsonPropertyName("cnam_lookup")] public string? CnamLookup { get; set; }
        [JsonPropertyName("active")] public bool? Active { get; set; }
        [JsonPropertyName("compliance_status")] public string? ComplianceStatus { get; set; }
        [JsonPropertyName("compliance_application_id")] public string? ComplianceApplicationId { get; set; }
        [JsonPropertyName("resource_uri")] public string? ResourceUri { get; set; }
    }

    /// <summary>The answer to a purchase: {api_id, message, numbers:[{number, status}], status}.</summary>
    internal sealed class PlivoBuyWire
    {
        [JsonPropertyName("api_id")] public string? ApiId { get; set; }
        [JsonPropertyName("message")] public string? Message { get; set; }
        [JsonPropertyName("numbers")] public System.Collections.Generic.List<PlivoBoughtWire>? Numbers { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
    }

    internal sealed class PlivoBoughtWire
    {
        [JsonPropertyName("number")] public string? Number { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("fallback_number")] public string? FallbackNumber { get; set; }
    }
}

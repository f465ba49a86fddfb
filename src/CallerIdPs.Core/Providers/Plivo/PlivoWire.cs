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
}

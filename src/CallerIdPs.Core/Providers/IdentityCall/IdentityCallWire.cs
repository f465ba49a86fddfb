using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

// IdentityCall's JSON, field for field as identitycall.md documents it. Mapping to the output model is in IdentityCallParser.
namespace CallerIdPs.Providers.IdentityCall
{
    /// <summary>A list item, the purchase answer, and the common part of the detail record.</summary>
    internal sealed class VirtualNumberWire
    {
        [JsonPropertyName("id")] public long? Id { get; set; }
        [JsonPropertyName("phone_number")] public string? PhoneNumber { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("country_code")] public string? CountryCode { get; set; }
        [JsonPropertyName("active")] public bool? Active { get; set; }
        [JsonPropertyName("ai_receptionist_enabled")] public bool? AiReceptionistEnabled { get; set; }
        [JsonPropertyName("operators")] public List<OperatorWire>? Operators { get; set; }
        [JsonPropertyName("operators_count")] public int? OperatorsCount { get; set; }

        // Detail record only.
        [JsonPropertyName("recording")] public bool? Recording { get; set; }
        [JsonPropertyName("routing_strategy")] public string? RoutingStrategy { get; set; }
        [JsonPropertyName("stats")] public StatsWire? Stats { get; set; }
        [JsonPropertyName("available_operators")] public List<OperatorWire>? AvailableOperators { get; set; }
        [JsonPropertyName("recent_calls")] public List<RecentCallWire>? RecentCalls { get; set; }
    }

    internal sealed class OperatorWire
    {
        [JsonPropertyName("id")] public long? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("phone_number")] public string? PhoneNumber { get; set; }
        [JsonPropertyName("initials")] public string? Initials { get; set; }
        [JsonPropertyName("priority")] public int? Priority { get; set; }
    }

    internal sealed class StatsWire
    {
        [JsonPropertyName("total_calls")] public int? TotalCalls { get; set; }
        [JsonPropertyName("answered_calls")] public int? AnsweredCalls { get; set; }
        [JsonPropertyName("missed_calls")] public int? MissedCalls { get; set; }
        [JsonPropertyName("average_duration_seconds")] public decimal? AverageDurationSeconds { get; set; }
    }

    internal sealed class RecentCallWire
    {
        [JsonPropertyName("id")] public long? Id { get; set; }
        [JsonPropertyName("phone_number")] public string? PhoneNumber { get; set; }
        [JsonPropertyName("caller_name")] public string? CallerName { get; set; }
        [JsonPropertyName("call_status")] public string? CallStatus { get; set; }
        [JsonPropertyName("call_duration")] public int? CallDuration { get; set; }
        [JsonPropertyName("direction")] public string? Direction { get; set; }
        [JsonPropertyName("ai_handled")] public bool? AiHandled { get; set; }
        [JsonPropertyName("transcript_summary")] public string? TranscriptSummary { get; set; }
        [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    }

    internal sealed class AvailableNumberWire
    {
        [JsonPropertyName("phone_number")] public string? PhoneNumber { get; set; }
        [JsonPropertyName("country_code")] public string? CountryCode { get; set; }
        [JsonPropertyName("number_type")] public string? NumberType { get; set; }
        [JsonPropertyName("upfront_cost")] public decimal? UpfrontCost { get; set; }
        [JsonPropertyName("monthly_cost")] public decimal? MonthlyCost { get; set; }
        [JsonPropertyName("features")] public List<string>? Features { get; set; }
        [JsonPropertyName("region_information")] public List<RegionWire>? RegionInformation { get; set; }
    }

    internal sealed class RegionWire
    {
        [JsonPropertyName("region_type")] public string? RegionType { get; set; }
        [JsonPropertyName("region_name")] public string? RegionName { get; set; }
    }
}

namespace CallerIdPs.Providers.IdentityCall
{
    /// <summary>PATCH /virtual_numbers/{id}: a partial body; null fields are left out, so they stay as they are.</summary>
    internal sealed class UpdateWire
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("active")] public bool? Active { get; set; }
        [JsonPropertyName("recording")] public bool? Recording { get; set; }
        [JsonPropertyName("routing_strategy")] public string? RoutingStrategy { get; set; }
    }

    /// <summary>POST /virtual_numbers/purchase. The costs go back as IdentityCall stated them.</summary>
    internal sealed class PurchaseWire
    {
        [JsonPropertyName("phone_number")] public string PhoneNumber { get; set; } = "";
        [JsonPropertyName("country_code")] public string? CountryCode { get; set; }
        [JsonPropertyName("number_type")] public string? NumberType { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("upfront_cost")] public decimal? UpfrontCost { get; set; }
        [JsonPropertyName("monthly_cost")] public decimal? MonthlyCost { get; set; }
    }
}

using System;
using System.Text.Json;
using System.Text.Json.Serialization;

// 2Chat's JSON, field for field as the provider documents it. Mapping to the output model is in TwoChatParser.
namespace CallerIdPs.Providers.TwoChat
{
    internal sealed class CallerIdWire
    {
        [JsonPropertyName("uuid")] public string? Uuid { get; set; }
        [JsonPropertyName("account_uuid")] public string? AccountUuid { get; set; }
        [JsonPropertyName("channel_uuid")] public string? ChannelUuid { get; set; }
        [JsonPropertyName("phone_number")] public string? PhoneNumber { get; set; }
        [JsonPropertyName("friendly_name")] public string? FriendlyName { get; set; }
        [JsonPropertyName("iso_country_code")] public string? IsoCountryCode { get; set; }
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("verified")] public bool? Verified { get; set; }
        [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
        [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
        [JsonPropertyName("expires_at")] public DateTimeOffset? ExpiresAt { get; set; }
    }

    internal sealed class VirtualNumberWire
    {
        [JsonPropertyName("uuid")] public string? Uuid { get; set; }
        [JsonPropertyName("account_uuid")] public string? AccountUuid { get; set; }
        [JsonPropertyName("phone_number")] public string? PhoneNumber { get; set; }
        [JsonPropertyName("formatted_phone_number")] public string? FormattedPhoneNumber { get; set; }
        [JsonPropertyName("iso_country_code")] public string? IsoCountryCode { get; set; }
        [JsonPropertyName("region_name")] public string? RegionName { get; set; }
        [JsonPropertyName("emoji")] public string? Emoji { get; set; }
        [JsonPropertyName("friendly_name")] public string? FriendlyName { get; set; }
        [JsonPropertyName("record_inbound")] public bool? RecordInbound { get; set; }
        [JsonPropertyName("is_toll_free")] public bool? IsTollFree { get; set; }
        [JsonPropertyName("provider_type")] public string? ProviderType { get; set; }
        [JsonPropertyName("priced_per_minute")] public bool? PricedPerMinute { get; set; }
        [JsonPropertyName("incoming_price_per_minute")] public decimal? IncomingPricePerMinute { get; set; }
        [JsonPropertyName("ivr_uuid")] public string? IvrUuid { get; set; }
        [JsonPropertyName("timezone")] public string? Timezone { get; set; }
        [JsonPropertyName("status")] public int? Status { get; set; }
        [JsonPropertyName("status_text")] public string? StatusText { get; set; }
        [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
        [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
        [JsonPropertyName("expires_at")] public DateTimeOffset? ExpiresAt { get; set; }
    }

    internal sealed class RegionWire
    {
        [JsonPropertyName("id")] public int Id { get; set; }
        [JsonPropertyName("region_name")] public string? RegionName { get; set; }
        [JsonPropertyName("iso_country_code")] public string? IsoCountryCode { get; set; }
    }

    internal sealed class CityWire
    {
        [JsonPropertyName("id")] public int Id { get; set; }
        [JsonPropertyName("city_name")] public string? CityName { get; set; }
        [JsonPropertyName("iso_country_code")] public string? IsoCountryCode { get; set; }
    }

    internal sealed class DidTypeWire
    {
        [JsonPropertyName("id")] public int Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
    }

    internal sealed class GroupPriceWire
    {
        [JsonPropertyName("setup_price")] public decimal? SetupPrice { get; set; }
        [JsonPropertyName("monthly_price")] public decimal? MonthlyPrice { get; set; }
        [JsonPropertyName("ppm")] public decimal? Ppm { get; set; }
    }

    internal sealed class GroupWire
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("prefix")] public string? Prefix { get; set; }
        [JsonPropertyName("location")] public string? Location { get; set; }
        [JsonPropertyName("price")] public GroupPriceWire? Price { get; set; }
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("requirements")] public JsonElement[]? Requirements { get; set; }
        [JsonPropertyName("allow_number_selection")] public bool? AllowNumberSelection { get; set; }
        [JsonPropertyName("is_eligible_for_free_number")] public bool? IsEligibleForFreeNumber { get; set; }
        [JsonPropertyName("features")] public string[]? Features { get; set; }
    }

    internal sealed class AvailableNumberWire
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("number")] public string? Number { get; set; }
    }

    internal sealed class ReservationDetailsWire
    {
        [JsonPropertyName("uuid")] public string? Uuid { get; set; }
        [JsonPropertyName("number")] public string? Number { get; set; }
        [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
        [JsonPropertyName("expires_at")] public DateTimeOffset? ExpiresAt { get; set; }
    }

    internal sealed class ReservationWire
    {
        [JsonPropertyName("uuid")] public string? Uuid { get; set; }
        [JsonPropertyName("number")] public string? Number { get; set; }
        [JsonPropertyName("did_group_id")] public string? DidGroupId { get; set; }
        [JsonPropertyName("did_type")] public string? DidType { get; set; }
        [JsonPropertyName("iso_country_code")] public string? IsoCountryCode { get; set; }
        [JsonPropertyName("location")] public string? Location { get; set; }
        [JsonPropertyName("setup_price")] public decimal? SetupPrice { get; set; }
        [JsonPropertyName("monthly_price")] public decimal? MonthlyPrice { get; set; }
        [JsonPropertyName("ppm")] public decimal? Ppm { get; set; }
        [JsonPropertyName("reservation_date")] public DateTimeOffset? ReservationDate { get; set; }
        [JsonPropertyName("reservation_end_date")] public DateTimeOffset? ReservationEndDate { get; set; }
        [JsonPropertyName("needs_registration")] public bool? NeedsRegistration { get; set; }
        [JsonPropertyName("supports_sms_in")] public bool? SupportsSmsIn { get; set; }
        [JsonPropertyName("supports_sms_out")] public bool? SupportsSmsOut { get; set; }
    }
}

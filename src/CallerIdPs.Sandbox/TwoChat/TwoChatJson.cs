using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallerIdPs.Sandbox.TwoChat
{
    /// <summary>2Chat's bodies, field for field as the provider file shows them.</summary>
    internal static class TwoChatJson
    {
        /// <summary>2Chat's timestamps: UTC to the second, "2025-08-22T02:24:40Z" (the sortable "s" format, which .NET writes without parsing a pattern).</summary>
        public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("s", CultureInfo.InvariantCulture) + "Z";

        public static JsonObject Error(string message, bool withSuccess = true)
        {
            var body = new JsonObject();
            if (withSuccess) body["success"] = false;
            body["error"] = true;
            body["error_message"] = message;
            return body;
        }

        /// <summary>Every /numbers answer is wrapped: {"success": true, "data": {…}}.</summary>
        public static JsonObject Wrapped(string name, JsonNode value) =>
            new JsonObject { ["success"] = true, ["data"] = new JsonObject { [name] = value } };

        public static void Page<T>(Utf8JsonWriter writer, string itemsName, int total, int page, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", true);
            writer.WriteNumber("count", total);
            writer.WriteNumber("page", page);
            writer.WriteStartArray(itemsName);
            foreach (var item in items)
            {
                writeItem(writer, item);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        public static void CallerId(Utf8JsonWriter writer, EmulatedCallerId c, string accountUuid)
        {
            writer.WriteStartObject();
            writer.WriteString("uuid", c.Uuid);
            writer.WriteString("account_uuid", accountUuid);
            writer.WriteString("channel_uuid", c.ChannelUuid);
            writer.WriteString("phone_number", c.PhoneNumber);
            writer.WriteString("friendly_name", c.FriendlyName);
            writer.WriteString("iso_country_code", c.Country);
            writer.WriteString("type", c.Type);
            writer.WriteBoolean("verified", c.Verified);
            writer.WriteString("created_at", Time(c.CreatedAt));
            writer.WriteString("updated_at", Time(c.UpdatedAt));
            writer.WriteString("expires_at", c.ExpiresAt.HasValue ? Time(c.ExpiresAt.Value) : null);
            writer.WriteEndObject();
        }

        public static JsonObject VirtualNumber(OwnedNumber n, string accountUuid) => new JsonObject
        {
            ["uuid"] = n.Uuid,
            ["account_uuid"] = accountUuid,
            ["phone_number"] = n.PhoneNumber,
            ["formatted_phone_number"] = Formatted(n.PhoneNumber),
            ["iso_country_code"] = n.Country,
            ["region_name"] = n.RegionName,
            ["emoji"] = null,
            ["friendly_name"] = n.FriendlyName,
            ["record_inbound"] = false,
            ["is_toll_free"] = n.IsTollFree,
            ["provider_type"] = n.ProviderType,
            ["priced_per_minute"] = n.IncomingPricePerMinute > 0,
            ["incoming_price_per_minute"] = n.IncomingPricePerMinute,
            ["ivr_uuid"] = null,
            ["timezone"] = n.Timezone,
            ["status"] = TwoChatState.StatusCode(n.StatusText),
            ["status_text"] = n.StatusText,
            ["created_at"] = Time(n.CreatedAt),
            ["updated_at"] = Time(n.UpdatedAt),
            ["expires_at"] = Time(n.ExpiresAt),
        };

        public static JsonObject Group(CatalogGroup g) => new JsonObject
        {
            ["id"] = g.Id,
            ["prefix"] = g.Prefix,
            ["location"] = g.Location,
            ["price"] = new JsonObject { ["setup_price"] = g.SetupPrice, ["monthly_price"] = g.MonthlyPrice, ["ppm"] = g.Ppm },
            ["type"] = g.Type,
            ["requirements"] = Requirements(g.Country, g.Type),
            ["allow_number_selection"] = g.AllowNumberSelection,
            ["is_eligible_for_free_number"] = g.IsEligibleForFreeNumber,
            ["features"] = new JsonArray(g.Features.Select(f => (JsonNode)JsonValue.Create(f)!).ToArray()),
        };

        public static JsonArray Requirements(string country, string type) =>
            new JsonArray(TwoChatCatalog.RequirementsFor(country, type).Select(ToNode).ToArray());

        public static JsonObject ReservationDetails(Reservation r) => new JsonObject
        {
            ["uuid"] = r.Uuid,
            ["number"] = r.Number,
            ["created_at"] = Time(r.CreatedAt),
            ["expires_at"] = Time(r.ExpiresAt),
        };

        public static JsonObject ReservationListed(Reservation r) => new JsonObject
        {
            ["uuid"] = r.Uuid,
            ["number"] = r.Number,
            ["did_group_id"] = r.Group.Id,
            ["did_type"] = r.Group.Type,
            ["iso_country_code"] = r.Group.Country,
            ["location"] = r.Group.Location,
            ["setup_price"] = decimal.Parse(r.Group.SetupPrice, CultureInfo.InvariantCulture),
            ["monthly_price"] = decimal.Parse(r.Group.MonthlyPrice, CultureInfo.InvariantCulture),
            ["ppm"] = decimal.Parse(r.Group.Ppm, CultureInfo.InvariantCulture),
            ["reservation_date"] = Time(r.CreatedAt),
            ["reservation_end_date"] = Time(r.ExpiresAt),
            ["needs_registration"] = r.Group.HasRequirements,
            ["supports_sms_in"] = r.Group.Features.Contains("sms_in"),
            ["supports_sms_out"] = r.Group.Features.Contains("sms_out"),
        };

        private static JsonNode? ToNode(object value)
        {
            switch (value)
            {
                case string text: return JsonValue.Create(text);
                case bool flag: return JsonValue.Create(flag);
                case IDictionary<string, object> map:
                    var node = new JsonObject();
                    foreach (var pair in map) node[pair.Key] = ToNode(pair.Value);
                    return node;
                default: return JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture));
            }
        }

        // "+18132522492" → "+1 813-252-2492"; other countries are grouped loosely, as display text only.
        private static string Formatted(string e164)
        {
            if (e164.StartsWith("+1", StringComparison.Ordinal) && e164.Length == 12)
            {
                return $"+1 {e164.Substring(2, 3)}-{e164.Substring(5, 3)}-{e164.Substring(8)}";
            }

            return e164.Length > 6 ? $"{e164.Substring(0, 3)} {e164.Substring(3, 3)} {e164.Substring(6)}" : e164;
        }
    }
}

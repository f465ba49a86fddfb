using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace CallerIdPs.Sandbox.IdentityCall
{
    /// <summary>IdentityCall's bodies, field for field as ../shared/providers/identitycall.md shows them.</summary>
    internal static class IdentityCallJson
    {
        public static JsonObject Error(string message) => new JsonObject { ["error"] = message };

        /// <summary>A 422 that lists several problems.</summary>
        public static JsonObject Errors(params string[] messages) =>
            new JsonObject { ["errors"] = new JsonArray(messages.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray()) };

        public static JsonObject Data(JsonNode data) => new JsonObject { ["data"] = data };

        /// <summary>A list item (and the purchase answer): only the first three operators, with their total.</summary>
        public static JsonObject ListItem(IdcNumber number, IdentityCallState state)
        {
            var item = Common(number);
            item["operators"] = new JsonArray(number.OperatorIds.Take(3).Select(id => state.Operator(id)).Where(o => o != null)
                .Select(o => (JsonNode)new JsonObject { ["id"] = o!.Id, ["name"] = o.Name, ["initials"] = o.Initials }).ToArray());
            item["operators_count"] = number.OperatorIds.Count;
            return item;
        }

        /// <summary>GET/PATCH /virtual_numbers/{id}: the list fields plus recording, routing, stats, every operator, the
        /// operators that could be added, and the ten newest calls.</summary>
        public static JsonObject Detail(IdcNumber number, IdentityCallState state)
        {
            var item = Common(number);
            item["operators"] = new JsonArray(number.OperatorIds.Select((id, index) => (id, index)).Where(p => state.Operator(p.id) != null)
                .Select(p =>
                {
                    var o = state.Operator(p.id)!;
                    return (JsonNode)new JsonObject { ["id"] = o.Id, ["name"] = o.Name, ["phone_number"] = o.PhoneNumber, ["initials"] = o.Initials, ["priority"] = p.index };
                }).ToArray());
            item["operators_count"] = number.OperatorIds.Count;
            item["recording"] = number.Recording;
            item["routing_strategy"] = number.RoutingStrategy;
            var answered = number.Calls.Where(c => c.Status == "answered").ToList();
            item["stats"] = new JsonObject
            {
                ["total_calls"] = number.Calls.Count,
                ["answered_calls"] = answered.Count,
                ["missed_calls"] = number.Calls.Count(c => c.Status == "missed"),
                ["average_duration_seconds"] = answered.Count == 0 ? 0m : decimal.Round((decimal)answered.Average(c => c.Duration), 1),
            };
            item["available_operators"] = new JsonArray(state.Operators.Where(o => !number.OperatorIds.Contains(o.Id))
                .Select(o => (JsonNode)new JsonObject { ["id"] = o.Id, ["name"] = o.Name, ["phone_number"] = o.PhoneNumber, ["initials"] = o.Initials }).ToArray());
            item["recent_calls"] = new JsonArray(number.Calls.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(10).Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["phone_number"] = c.PhoneNumber,
                ["caller_name"] = c.CallerName,
                ["call_status"] = c.Status,
                ["call_duration"] = c.Duration,
                ["direction"] = c.Direction,
                ["ai_handled"] = c.AiHandled,
                ["transcript_summary"] = c.TranscriptSummary,
                ["created_at"] = c.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            }).ToArray());
            return item;
        }

        /// <summary>GET /virtual_numbers/available: costs as decimal strings, as the spec shows them.</summary>
        public static JsonObject Offer(IdcOffer offer) => new JsonObject
        {
            ["phone_number"] = offer.PhoneNumber,
            ["country_code"] = offer.Country,
            ["number_type"] = offer.Type,
            ["upfront_cost"] = offer.Upfront.ToString("0.00", CultureInfo.InvariantCulture),
            ["monthly_cost"] = offer.Monthly.ToString("0.00", CultureInfo.InvariantCulture),
            ["features"] = new JsonArray(offer.Features.Select(f => (JsonNode)JsonValue.Create(f)!).ToArray()),
            ["region_information"] = new JsonArray(offer.Regions.Select(r => (JsonNode)new JsonObject { ["region_type"] = r.Type, ["region_name"] = r.Name }).ToArray()),
        };

        private static JsonObject Common(IdcNumber number) => new JsonObject
        {
            ["id"] = number.Id,
            ["phone_number"] = number.PhoneNumber,
            ["name"] = number.Name,
            ["country_code"] = number.Country,
            ["active"] = number.Active,
            ["ai_receptionist_enabled"] = number.AiReceptionist,
        };
    }
}

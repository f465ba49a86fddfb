using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Json;
using CallerIdPs.Model;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.IdentityCall
{
    /// <summary>
    /// IdentityCall's bodies into the output model. Pure functions of the JSON: the example bodies of identitycall.md
    /// go straight through them. Every success body is {"data": …}; a body without it is not one the module understands.
    /// </summary>
    internal static class IdentityCallParser
    {
        /// <summary>
        /// IdentityCall states its costs as bare decimal strings ("1.00") and names no currency anywhere; its prices are
        /// taken to be US dollars, the currency of its plans. Change this if IdentityCall ever says otherwise.
        /// </summary>
        public const string AssumedCurrency = "USD";

        public static IReadOnlyList<IdentityCallVirtualNumber> VirtualNumbers(JsonDocument document, RecordOrigin origin) =>
            DataArray(document).Select(e => VirtualNumber(e, origin, detailed: false)).ToList();

        /// <summary>GET and PATCH /virtual_numbers/{id}: {"data": {detail record}}.</summary>
        public static IdentityCallVirtualNumber Detail(JsonDocument document, RecordOrigin origin) =>
            VirtualNumber(DataObject(document), origin, detailed: true);

        /// <summary>The purchase answer: {"data": {list item}} (a bare list item is read too).</summary>
        public static IdentityCallVirtualNumber Purchased(JsonDocument document, RecordOrigin origin)
        {
            var root = document.RootElement;
            var element = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) ? data : root;
            return VirtualNumber(element, origin, detailed: false);
        }

        public static IdentityCallVirtualNumber VirtualNumber(JsonElement element, RecordOrigin origin, bool detailed)
        {
            var wire = Read<VirtualNumberWire>(element);
            if (!wire.Id.HasValue)
            {
                throw new JsonException("The virtual number has no id.");
            }

            var operators = (wire.Operators ?? new List<OperatorWire>()).Select(Operator).ToList();
            var number = new IdentityCallVirtualNumber
            {
                Id = wire.Id.Value.ToString(CultureInfo.InvariantCulture),
                NumberId = wire.Id.Value,
                PhoneNumber = Number(wire.PhoneNumber) ?? "",
                Name = string.IsNullOrWhiteSpace(wire.Name) ? null : wire.Name,
                Country = Upper(wire.CountryCode),
                Active = wire.Active ?? false,
                AiReceptionistEnabled = wire.AiReceptionistEnabled ?? false,
                Operators = operators,
                OperatorCount = wire.OperatorsCount ?? operators.Count,
                IsDetailed = detailed,
            };

            if (detailed)
            {
                number.Recording = wire.Recording;
                number.RoutingStrategy = RoutingStrategies.Parse(wire.RoutingStrategy);
                number.Stats = wire.Stats == null ? null : new IdentityCallNumberStats
                {
                    TotalCalls = wire.Stats.TotalCalls ?? 0,
                    AnsweredCalls = wire.Stats.AnsweredCalls ?? 0,
                    MissedCalls = wire.Stats.MissedCalls ?? 0,
                    AverageDurationSeconds = wire.Stats.AverageDurationSeconds,
                };
                number.AvailableOperators = (wire.AvailableOperators ?? new List<OperatorWire>()).Select(Operator).ToList();
                number.RecentCalls = (wire.RecentCalls ?? new List<RecentCallWire>()).Select(Call).ToList();
            }

            number.SetOrigin(origin, element);
            return number;
        }

        public static IReadOnlyList<IdentityCallAvailableNumber> AvailableNumbers(JsonDocument document, RecordOrigin origin) =>
            DataArray(document).Select(e => AvailableNumber(e, origin)).ToList();

        public static IdentityCallAvailableNumber AvailableNumber(JsonElement element, RecordOrigin origin)
        {
            var wire = Read<AvailableNumberWire>(element);
            var phone = Number(wire.PhoneNumber) ?? throw new JsonException("The available number has no phone_number.");
            var regions = (wire.RegionInformation ?? new List<RegionWire>())
                .Select(r => new IdentityCallRegion { RegionType = Blank(r.RegionType), RegionName = Blank(r.RegionName) })
                .ToList();
            var names = regions.Select(r => r.RegionName).Where(n => n != null).Distinct().ToList();
            var number = new IdentityCallAvailableNumber
            {
                Id = phone,
                PhoneNumber = phone,
                Country = Upper(wire.CountryCode),
                Type = NumberTypes.Parse(wire.NumberType),
                NumberTypeName = Blank(wire.NumberType),
                SetupPrice = wire.UpfrontCost,
                MonthlyPrice = wire.MonthlyCost,
                Currency = AssumedCurrency,
                Features = (wire.Features ?? new List<string>())
                    .Select(NumberFeatures.Parse)
                    .Where(f => f.HasValue)
                    .Select(f => f!.Value)
                    .Distinct()
                    .ToList(),
                Regions = regions,
                Location = names.Count == 0 ? null : string.Join(", ", names),
            };
            number.SetOrigin(origin, element);
            return number;
        }

        /// <summary>{"error": "…"}, or a 422's {"errors": ["…", "…"]} joined into one line.</summary>
        public static string? ErrorMessage(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind != JsonValueKind.Null)
            {
                return error.ValueKind == JsonValueKind.String ? error.GetString() : error.ToString();
            }

            if (root.TryGetProperty("errors", out var errors))
            {
                if (errors.ValueKind == JsonValueKind.Array)
                {
                    var all = errors.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString()).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
                    return all.Count == 0 ? null : string.Join("; ", all);
                }

                return errors.ValueKind == JsonValueKind.String ? errors.GetString() : errors.ToString();
            }

            return null;
        }

        private static IdentityCallOperator Operator(OperatorWire wire) => new IdentityCallOperator
        {
            Id = wire.Id ?? 0,
            Name = wire.Name ?? "",
            Initials = Blank(wire.Initials),
            PhoneNumber = Number(wire.PhoneNumber),
            Priority = wire.Priority,
        };

        private static IdentityCallRecentCall Call(RecentCallWire wire) => new IdentityCallRecentCall
        {
            Id = wire.Id ?? 0,
            PhoneNumber = Number(wire.PhoneNumber),
            CallerName = Blank(wire.CallerName),
            Status = Blank(wire.CallStatus),
            DurationSeconds = wire.CallDuration,
            Direction = Blank(wire.Direction),
            AiHandled = wire.AiHandled ?? false,
            TranscriptSummary = Blank(wire.TranscriptSummary),
            CreatedAt = wire.CreatedAt,
        };

        private static IEnumerable<JsonElement> DataArray(JsonDocument document)
        {
            var data = Data(document);
            if (data.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException($"'data' should be a list but is {data.ValueKind}.");
            }

            return data.EnumerateArray();
        }

        private static JsonElement DataObject(JsonDocument document)
        {
            var data = Data(document);
            if (data.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException($"'data' should be an object but is {data.ValueKind}.");
            }

            return data;
        }

        private static JsonElement Data(JsonDocument document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data))
            {
                throw new JsonException("The answer has no 'data'.");
            }

            return data;
        }

        private static T Read<T>(JsonElement element)
            where T : class, new()
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException($"Expected an object, found {element.ValueKind}.");
            }

            return element.Deserialize<T>(ProviderJson.Options) ?? new T();
        }

        /// <summary>E.164 where the text is a phone number; otherwise as sent (a model never loses what the provider said).</summary>
        private static string? Number(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            return PhoneNumberText.TryNormalize(text, out var e164, out _) ? e164 : text!.Trim();
        }

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

        private static string? Upper(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim().ToUpperInvariant();
    }
}

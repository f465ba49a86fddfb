using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Json;
using CallerIdPs.Model;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.Plivo
{
    /// <summary>A page of Plivo's search, and the `error` text Plivo adds when nothing matched.</summary>
    internal sealed class PlivoSearchPage
    {
        public PlivoSearchPage(Page<PlivoAvailableNumber> page, string? reason)
        {
            Page = page;
            Reason = reason;
        }

        public Page<PlivoAvailableNumber> Page { get; }
        public string? Reason { get; }
    }

    /// <summary>How Plivo answered a purchase, read from {message, numbers:[{number, status}], status}.</summary>
    internal sealed class PlivoBuyAnswer
    {
        /// <summary>Success: the number is the account's.</summary>
        public bool Fulfilled { get; set; }

        /// <summary>On the account, waiting for documents before activation.</summary>
        public bool Pending { get; set; }

        /// <summary>The statuses as sent, for a message when they are neither.</summary>
        public string Said { get; set; } = "";

        public string? FallbackNumber { get; set; }
    }

    /// <summary>Plivo's phone-number bodies into the output model. Pure functions: the reference's example bodies go straight through them.</summary>
    internal static class PlivoNumberParser
    {
        public static PlivoSearchPage SearchPage(JsonDocument document, RecordOrigin origin, string country)
        {
            var root = document.RootElement.Clone();
            var items = Objects(root).Select(o => ForSale(o, origin, country)).ToList();
            return new PlivoSearchPage(Listed(items, root), PlivoParser.ErrorMessage(root));
        }

        public static PlivoAvailableNumber ForSale(JsonElement element, RecordOrigin origin, string country)
        {
            var wire = element.Deserialize<PlivoPhoneNumberWire>(ProviderJson.Options) ?? new PlivoPhoneNumberWire();
            var number = E164(wire.Number);
            var item = new PlivoAvailableNumber
            {
                Id = number,
                PhoneNumber = number,
                Country = country,
                Type = TypeOf(wire.SubType) ?? TypeOf(wire.Type),
                SetupPrice = wire.SetupRate,
                MonthlyPrice = wire.MonthlyRentalRate,
                Features = Features(wire.VoiceEnabled, wire.SmsEnabled, wire.MmsEnabled),
                Location = Blank(wire.City) ?? Blank(wire.Region),
                Prefix = Blank(wire.Prefix),
                City = Blank(wire.City),
                Region = Blank(wire.Region),
                RateCenter = Blank(wire.RateCenter),
                Lata = Blank(wire.Lata),
                PlivoType = Blank(wire.Type),
                PlivoSubType = Blank(wire.SubType),
                Restriction = Blank(wire.Restriction),
                RestrictionText = Blank(wire.RestrictionText),
                VoiceRate = wire.VoiceRate,
                SmsRate = wire.SmsRate,
                MmsRate = wire.MmsRate,
            };
            item.Requirements = Requirements(element, wire, origin, country, item.Type);
            item.SetOrigin(origin, element, stable: true);
            return item;
        }

        public static Page<PlivoVirtualNumber> AccountPage(JsonDocument document, RecordOrigin origin)
        {
            var root = document.RootElement.Clone();
            return Listed(Objects(root).Select(o => Owned(o, origin, stable: true)).ToList(), root);
        }

        /// <summary>The items with meta's total_count, and whether meta.next points further.</summary>
        private static Page<T> Listed<T>(IReadOnlyList<T> items, JsonElement root)
        {
            var meta = Meta(root);
            return new Page<T>(items, meta.TotalCount, hasNext: !string.IsNullOrEmpty(meta.Next));
        }

        public static PlivoVirtualNumber Owned(JsonElement element, RecordOrigin origin, bool stable = false)
        {
            var wire = element.Deserialize<PlivoAccountNumberWire>(ProviderJson.Options) ?? new PlivoAccountNumberWire();
            var number = E164(wire.Number);
            var compliance = Blank(wire.ComplianceStatus);
            // List items carry no `active`; the get answer does, and a number waiting for documents shows false.
            var active = wire.Active ?? true;
            var item = new PlivoVirtualNumber
            {
                Id = number,
                PhoneNumber = number,
                Name = Blank(wire.Alias),
                Country = CountryCode(wire.Country) ?? CountryCode(LastPart(wire.Region)),
                Active = active,
                CreatedAt = wire.AddedOn,
                Type = TypeOf(wire.NumberType) ?? TypeOf(wire.Type),
                MonthlyPrice = wire.MonthlyRentalRate,
                RenewsAt = wire.RenewalDate,
                Status = AwaitsDocuments(compliance) ? VirtualNumberStatus.PendingDocuments : active ? VirtualNumberStatus.Active : VirtualNumberStatus.PendingActivation,
                Region = Blank(wire.Region),
                City = Blank(wire.City),
                Subaccount = Blank(wire.SubAccount) ?? Blank(wire.Subaccount),
                SubaccountName = Blank(wire.SubAccountName),
                ApplicationId = ApplicationId(wire.Application),
                Features = Features(wire.VoiceEnabled, wire.SmsEnabled, wire.MmsEnabled),
                Carrier = Blank(wire.Carrier),
                ComplianceStatus = compliance,
                ComplianceApplicationId = Blank(wire.ComplianceApplicationId),
                CnamLookup = Blank(wire.CnamLookup),
                VoiceRate = wire.VoiceRate,
                SmsRate = wire.SmsRate,
                MmsRate = wire.MmsRate,
                ResourceUri = Blank(wire.ResourceUri),
            };
            item.SetOrigin(origin, element, stable);
            return item;
        }

        /// <summary>Reads a purchase answer for <paramref name="number"/> (E.164). Throws JsonException when it has no status at all.</summary>
        public static PlivoBuyAnswer Bought(JsonDocument document, string number)
        {
            var wire = document.RootElement.Deserialize<PlivoBuyWire>(ProviderJson.Options) ?? new PlivoBuyWire();
            var digits = number.TrimStart('+');
            var items = wire.Numbers ?? new List<PlivoBoughtWire>();
            var item = items.FirstOrDefault(n => (n.Number ?? "").Trim().TrimStart('+') == digits) ?? (items.Count == 1 ? items[0] : null);
            var top = (wire.Status ?? "").Trim().ToLowerInvariant();
            var own = (item?.Status ?? "").Trim().ToLowerInvariant();
            if (top.Length == 0 && own.Length == 0)
            {
                throw new JsonException("The answer has neither a status nor a numbers[] status.");
            }

            return new PlivoBuyAnswer
            {
                Fulfilled = top == "fulfilled" && own == "success",
                Pending = own == "pending" || (top == "pending" && own != "success"),
                Said = $"status '{wire.Status}', number status '{item?.Status}'",
                FallbackNumber = Blank(item?.FallbackNumber),
            };
        }

        /// <summary>Plivo's restriction (and the SDK fixtures' prerequisites) as requirements the purchase rules understand.</summary>
        private static IReadOnlyList<NumberRequirement> Requirements(JsonElement element, PlivoPhoneNumberWire wire, RecordOrigin origin, string country, NumberType? type)
        {
            var descriptions = new List<string>();
            var restriction = Blank(wire.Restriction);
            if (restriction != null)
            {
                descriptions.Add(DescribeRestriction(restriction, Blank(wire.RestrictionText)));
            }

            if (element.TryGetProperty("prerequisites", out var prerequisites) && prerequisites.ValueKind == JsonValueKind.Array)
            {
                foreach (var p in prerequisites.EnumerateArray())
                {
                    if (p.ValueKind != JsonValueKind.Object || (p.TryGetProperty("proof_required", out var required) && required.ValueKind == JsonValueKind.False))
                    {
                        continue;
                    }

                    var scope = Text(p, "scope");
                    var kind = Text(p, "type") ?? "document";
                    var proofs = p.TryGetProperty("proof_type", out var pt) && pt.ValueKind == JsonValueKind.Array
                        ? string.Join(", ", pt.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()))
                        : "";
                    descriptions.Add($"Proof of {kind}{(scope == null ? "" : " in the number's " + scope)}{(proofs.Length == 0 ? "" : $" ({proofs})")}");
                }
            }

            return descriptions.Distinct().Select(d =>
            {
                var requirement = new NumberRequirement { Description = d, Country = country, Type = type };
                requirement.SetOrigin(origin, element, stable: true);
                return requirement;
            }).ToList();
        }

        /// <summary>"An address in the number's city (…Plivo's text…)".</summary>
        public static string DescribeRestriction(string restriction, string? text)
        {
            string what;
            switch (restriction.Trim().ToLowerInvariant())
            {
                case "city-address": what = "An address in the number's city"; break;
                case "country-address": what = "An address in the number's country"; break;
                case "terms-and-conditions": what = "Acceptance of the number's terms and conditions"; break;
                default: what = $"Plivo's restriction '{restriction}'"; break;
            }

            return text == null ? what : $"{what} ({text})";
        }

        /// <summary>Plivo's spellings: local, fixed (a geographic landline), mobile, national, tollfree.</summary>
        public static NumberType? TypeOf(string? text)
        {
            switch ((text ?? "").Trim().ToLowerInvariant())
            {
                case "local":
                case "fixed":
                    return NumberType.Local;
                case "mobile": return NumberType.Mobile;
                case "national": return NumberType.National;
                case "tollfree":
                case "toll-free":
                    return NumberType.TollFree;
                default: return null;
            }
        }

        private static IReadOnlyList<NumberFeature> Features(bool? voice, bool? sms, bool? mms)
        {
            var features = new List<NumberFeature>();
            if (voice == true) features.Add(NumberFeature.Voice);
            if (sms == true) features.Add(NumberFeature.Sms);
            if (mms == true) features.Add(NumberFeature.Mms);
            return features;
        }

        private static bool AwaitsDocuments(string? compliance)
        {
            switch ((compliance ?? "").Trim().ToLowerInvariant())
            {
                case "":
                case "approved":
                case "accepted":
                case "completed":
                    return false;
                default:
                    return true;
            }
        }

        /// <summary>"/v1/Account/MA…/Application/29986316244302815/" → "29986316244302815".</summary>
        private static string? ApplicationId(string? uri)
        {
            var parts = (uri ?? "").Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var at = Array.FindLastIndex(parts, p => p.Equals("Application", StringComparison.OrdinalIgnoreCase));
            return at >= 0 && at + 1 < parts.Length ? parts[at + 1] : Blank(uri);
        }

        private static readonly Dictionary<string, string> CountryNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["UNITED STATES"] = "US", ["USA"] = "US", ["UNITED STATES OF AMERICA"] = "US", ["CANADA"] = "CA",
            ["UNITED KINGDOM"] = "GB", ["GERMANY"] = "DE", ["FRANCE"] = "FR", ["INDIA"] = "IN", ["AUSTRALIA"] = "AU",
            ["SPAIN"] = "ES", ["NETHERLANDS"] = "NL", ["BRAZIL"] = "BR", ["MEXICO"] = "MX", ["JAPAN"] = "JP", ["SINGAPORE"] = "SG",
        };

        /// <summary>Plivo names countries ("United States", "UNITED STATES"); the model carries ISO codes.</summary>
        public static string? CountryCode(string? text)
        {
            var value = (text ?? "").Trim();
            if (value.Length == 2 && value.All(char.IsLetter)) return value.ToUpperInvariant();
            return CountryNames.TryGetValue(value, out var code) ? code : null;
        }

        private static string? LastPart(string? region)
        {
            var text = region ?? "";
            var comma = text.LastIndexOf(',');
            return comma < 0 ? text : text.Substring(comma + 1);
        }

        private static IEnumerable<JsonElement> Objects(JsonElement root) =>
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty("objects", out var objects) && objects.ValueKind == JsonValueKind.Array
                ? objects.EnumerateArray()
                : Enumerable.Empty<JsonElement>();

        private static PlivoListMetaWire Meta(JsonElement root) =>
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Object
                ? m.Deserialize<PlivoListMetaWire>(ProviderJson.Options) ?? new PlivoListMetaWire()
                : new PlivoListMetaWire();

        private static string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Blank(value.GetString()) : null;

        /// <summary>Plivo's bodies hold digits without '+' ("14155559186"); the model always carries E.164.</summary>
        public static string E164(string? text)
        {
            var value = (text ?? "").Trim();
            if (value.StartsWith("%2B", StringComparison.OrdinalIgnoreCase)) value = "+" + value.Substring(3);
            if (value.Length > 0 && value[0] != '+') value = "+" + value;
            return PhoneNumberText.TryNormalize(value, out var e164, out _) ? e164 : value;
        }

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
    }
}

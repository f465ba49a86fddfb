using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Json;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>
    /// Turns 2Chat's bodies into output objects. Pure functions of the JSON (and of what the request asked for,
    /// since some bodies omit it: groups do not say their country). Throws <see cref="JsonException"/> on bodies it cannot read.
    /// </summary>
    internal static class TwoChatParser
    {
        public static TwoChatAccount Info(JsonDocument document)
        {
            var info = document.RootElement.Deserialize<InfoWire>(ProviderJson.Options) ?? new InfoWire();
            return new TwoChatAccount
            {
                Name = info.Account?.Name,
                Id = info.Account?.Uuid,
                OnTrial = info.Account?.OnTrial ?? false,
                Blocked = info.Account?.Blocked ?? false,
                ExpiresAt = info.Account?.ExpiresAt,
                RequestsPerMinute = info.Limits?.RequestsPerMinute,
                ApiRequestCount = info.Usage?.ApiRequestCount,
                MaxApiRequestCount = info.Usage?.MaxApiRequestCount,
            };
        }

        public static Page<TwoChatVirtualNumber> VirtualNumberPage(JsonDocument document, RecordOrigin origin)
        {
            // One clone per page: every record keeps its element of it, instead of cloning its own.
            var page = document.RootElement.Clone();
            var items = Items(page, "numbers").Select(e => VirtualNumber(e, origin, stable: true)).ToList();
            return new Page<TwoChatVirtualNumber>(items, Total(page));
        }

        /// <summary>
        /// A caller-ID page straight from the body in one typed pass; each record's raw JSON is parsed only when asked for.
        /// Null when 2Chat answered success:false, which the caller reports with 2Chat's message.
        /// </summary>
        public static Page<TwoChatCallerId>? CallerIdPage(byte[] body, RecordOrigin origin)
        {
            var page = JsonSerializer.Deserialize<CallerIdPageWire>(body, ProviderJson.Options) ?? new CallerIdPageWire();
            if (page.Success == false) return null;
            var wires = page.CallerIds ?? Array.Empty<CallerIdWire>();
            var raw = new Lazy<JsonElement>(() =>
            {
                using (var document = JsonDocument.Parse(body)) return document.RootElement.GetProperty("caller_ids").Clone();
            });
            var items = new List<TwoChatCallerId>(wires.Length);
            for (var i = 0; i < wires.Length; i++)
            {
                var index = i;
                var record = CallerIdFrom(wires[i] ?? throw new JsonException($"caller_ids[{i}] is null."));
                record.SetOrigin(origin, () => raw.Value[index]);
                items.Add(record);
            }

            return new Page<TwoChatCallerId>(items, page.Count);
        }

        private static TwoChatCallerId CallerIdFrom(CallerIdWire wire) =>
            new TwoChatCallerId
            {
                Id = wire.Uuid ?? "",
                PhoneNumber = wire.PhoneNumber ?? "",
                Name = wire.FriendlyName,
                Country = Upper(wire.IsoCountryCode),
                Type = IsName(wire.Type) && Enum.TryParse<CallerIdType>(wire.Type, true, out var type) ? type : (CallerIdType?)null,
                Verified = wire.Verified ?? false,
                ChannelId = wire.ChannelUuid,
                AccountId = wire.AccountUuid,
                CreatedAt = wire.CreatedAt,
                UpdatedAt = wire.UpdatedAt,
                ExpiresAt = wire.ExpiresAt,
            };

        public static TwoChatVirtualNumber VirtualNumber(JsonElement element, RecordOrigin origin, bool stable = false)
        {
            var wire = Read<VirtualNumberWire>(element);
            var status = StatusOf(wire.StatusText);
            var record = new TwoChatVirtualNumber
            {
                Id = wire.Uuid ?? "",
                PhoneNumber = wire.PhoneNumber ?? "",
                Name = wire.FriendlyName,
                Country = Upper(wire.IsoCountryCode),
                Active = status == VirtualNumberStatus.Active,
                CreatedAt = wire.CreatedAt,
                FormattedNumber = wire.FormattedPhoneNumber,
                Region = wire.RegionName,
                Emoji = wire.Emoji,
                Type = NumberTypes.Parse(wire.ProviderType),
                IsTollFree = wire.IsTollFree ?? false,
                RecordInbound = wire.RecordInbound ?? false,
                PricedPerMinute = wire.PricedPerMinute ?? false,
                IncomingPricePerMinute = wire.IncomingPricePerMinute,
                IvrId = wire.IvrUuid,
                TimeZone = wire.Timezone,
                Status = status,
                StatusCode = wire.Status,
                AccountId = wire.AccountUuid,
                UpdatedAt = wire.UpdatedAt,
                ExpiresAt = wire.ExpiresAt,
            };
            record.SetOrigin(origin, element, stable);
            return record;
        }

        public static IReadOnlyList<NumberRegion> Regions(JsonDocument document, RecordOrigin origin, string country)
        {
            return Items(Data(document), "regions").Select(element =>
            {
                var wire = Read<RegionWire>(element);
                var region = new NumberRegion { Id = wire.Id, Name = wire.RegionName ?? "", Country = Upper(wire.IsoCountryCode) ?? country };
                region.SetOrigin(origin, element);
                return region;
            }).ToList();
        }

        public static IReadOnlyList<NumberCity> Cities(JsonDocument document, RecordOrigin origin, string country, int? regionId)
        {
            return Items(Data(document), "cities").Select(element =>
            {
                var wire = Read<CityWire>(element);
                var city = new NumberCity { Id = wire.Id, Name = wire.CityName ?? "", Country = Upper(wire.IsoCountryCode) ?? country, RegionId = regionId };
                city.SetOrigin(origin, element);
                return city;
            }).ToList();
        }

        public static IReadOnlyList<DidType> DidTypes(JsonDocument document, RecordOrigin origin)
        {
            return Items(Data(document), "did_types").Select(element =>
            {
                var wire = Read<DidTypeWire>(element);
                var type = new DidType { Id = wire.Id, Name = wire.Name ?? "", Type = NumberTypes.Parse(wire.Name) };
                type.SetOrigin(origin, element);
                return type;
            }).ToList();
        }

        public static IReadOnlyList<NumberRequirement> Requirements(JsonDocument document, RecordOrigin origin, string country, NumberType? type)
        {
            return Items(Data(document), "requirements").Select(e => Requirement(e, origin, country, type, null)).ToList();
        }

        /// <summary>Requirement elements have no fixed shape (it varies by country): take the first descriptive field there is.</summary>
        public static NumberRequirement Requirement(JsonElement element, RecordOrigin origin, string? country, NumberType? type, string? groupId)
        {
            string? description = null;
            NumberType? ownType = null;
            if (element.ValueKind == JsonValueKind.String)
            {
                description = element.GetString();
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in new[] { "description", "name", "requirement", "title", "text", "document_type", "type" })
                {
                    if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
                    {
                        description = value.GetString();
                        break;
                    }
                }

                if (element.TryGetProperty("did_type", out var didType) && didType.ValueKind == JsonValueKind.String)
                {
                    ownType = NumberTypes.Parse(didType.GetString());
                }
            }

            var requirement = new NumberRequirement
            {
                Description = description ?? JsonValueConverter.AsText(element) ?? "",
                Country = country,
                Type = ownType ?? type,
                GroupId = groupId,
            };
            requirement.SetOrigin(origin, element);
            return requirement;
        }

        public static IReadOnlyList<NumberGroup> Groups(JsonDocument document, RecordOrigin origin, string country, int? regionId, int? cityId)
        {
            return Items(Data(document), "groups").Select(element =>
            {
                var wire = Read<GroupWire>(element);
                var id = wire.Id ?? "";
                var type = NumberTypes.Parse(wire.Type);
                var group = new NumberGroup
                {
                    Id = id,
                    Prefix = wire.Prefix,
                    Location = wire.Location,
                    Country = country,
                    RegionId = regionId,
                    CityId = cityId,
                    Type = type,
                    SetupPrice = wire.Price?.SetupPrice,
                    MonthlyPrice = wire.Price?.MonthlyPrice,
                    PerMinutePrice = wire.Price?.Ppm,
                    Features = (wire.Features ?? Array.Empty<string>()).Select(NumberFeatures.Parse).Where(f => f.HasValue).Select(f => f!.Value).Distinct().ToList(),
                    Requirements = (wire.Requirements ?? Array.Empty<JsonElement>()).Select(r => Requirement(r, origin, country, type, id)).ToList(),
                    AllowNumberSelection = wire.AllowNumberSelection ?? false,
                    IsEligibleForFreeNumber = wire.IsEligibleForFreeNumber ?? false,
                };
                group.SetOrigin(origin, element);
                return group;
            }).ToList();
        }

        public static IReadOnlyList<TwoChatAvailableNumber> AvailableNumbers(JsonDocument document, RecordOrigin origin, NumberGroup? group, string groupId)
        {
            return Items(Data(document), "numbers").Select(element =>
            {
                var wire = Read<AvailableNumberWire>(element);
                var number = new TwoChatAvailableNumber
                {
                    Id = wire.Id ?? "",
                    PhoneNumber = wire.Number ?? "",
                    GroupId = groupId,
                    Group = group,
                    Country = group?.Country,
                    Type = group?.Type,
                    Location = group?.Location,
                    SetupPrice = group?.SetupPrice,
                    MonthlyPrice = group?.MonthlyPrice,
                    PerMinutePrice = group?.PerMinutePrice,
                    Currency = group?.Currency ?? "USD",
                    Features = group?.Features ?? Array.Empty<NumberFeature>(),
                    Requirements = group?.Requirements ?? Array.Empty<NumberRequirement>(),
                };
                number.SetOrigin(origin, element);
                return number;
            }).ToList();
        }

        /// <summary>The answer to POST /numbers/reservations, completed from what the caller knew about the group.</summary>
        public static NumberReservation CreatedReservation(JsonDocument document, RecordOrigin origin, ReservationContext context)
        {
            var data = Data(document);
            var details = data.TryGetProperty("reservation_details", out var inner) ? inner : data;
            var wire = Read<ReservationDetailsWire>(details);
            var reservation = new NumberReservation
            {
                Id = wire.Uuid ?? "",
                PhoneNumber = wire.Number ?? "",
                CreatedAt = wire.CreatedAt,
                ExpiresAt = wire.ExpiresAt,
                GroupId = context.GroupId,
                Country = context.Group?.Country,
                Type = context.Group?.Type,
                Location = context.Group?.Location,
                SetupPrice = context.Group?.SetupPrice,
                MonthlyPrice = context.Group?.MonthlyPrice,
                PerMinutePrice = context.Group?.PerMinutePrice,
                Requirements = context.Group?.Requirements ?? Array.Empty<NumberRequirement>(),
                NeedsRegistration = context.Group == null ? (bool?)null : context.Group.HasRequirements,
                SupportsSmsIn = context.Group == null ? (bool?)null : context.Group.Features.Contains(NumberFeature.SmsIn),
                SupportsSmsOut = context.Group == null ? (bool?)null : context.Group.Features.Contains(NumberFeature.SmsOut),
            };
            reservation.SetOrigin(origin, details);
            return reservation;
        }

        public static IReadOnlyList<NumberReservation> Reservations(JsonDocument document, RecordOrigin origin)
        {
            return Items(Data(document), "reservations").Select(element =>
            {
                var wire = Read<ReservationWire>(element);
                var reservation = new NumberReservation
                {
                    Id = wire.Uuid ?? "",
                    PhoneNumber = wire.Number ?? "",
                    GroupId = wire.DidGroupId,
                    Country = Upper(wire.IsoCountryCode),
                    Type = NumberTypes.Parse(wire.DidType),
                    Location = wire.Location,
                    SetupPrice = wire.SetupPrice,
                    MonthlyPrice = wire.MonthlyPrice,
                    PerMinutePrice = wire.Ppm,
                    CreatedAt = wire.ReservationDate,
                    ExpiresAt = wire.ReservationEndDate,
                    NeedsRegistration = wire.NeedsRegistration,
                    SupportsSmsIn = wire.SupportsSmsIn,
                    SupportsSmsOut = wire.SupportsSmsOut,
                };
                reservation.SetOrigin(origin, element);
                return reservation;
            }).ToList();
        }

        /// <summary>
        /// Reads a purchase answer in either documented shape: the vendor's {purchased:[…], failed:[…]} lists, or the
        /// docs' bare {success:true}. Returns what the answer says about <paramref name="number"/>.
        /// </summary>
        public static PurchaseAnswer Purchase(JsonDocument document, RecordOrigin origin, string number)
        {
            var root = document.RootElement;
            var body = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : root;
            var hasLists = body.TryGetProperty("purchased", out _) || body.TryGetProperty("failed", out _);
            if (!hasLists)
            {
                return PurchaseAnswer.Succeeded(null, MessageOf(body));
            }

            foreach (var failed in Items(body, "failed"))
            {
                if (NumberOf(failed) == number)
                {
                    return PurchaseAnswer.Failed(MessageOf(failed) ?? "The number could not be bought.");
                }
            }

            foreach (var purchased in Items(body, "purchased"))
            {
                if (NumberOf(purchased) == number)
                {
                    var owned = purchased.ValueKind == JsonValueKind.Object ? VirtualNumber(purchased, origin) : null;
                    return PurchaseAnswer.Succeeded(owned, MessageOf(body));
                }
            }

            return PurchaseAnswer.NotMentioned();
        }

        private static string? NumberOf(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.String) return element.GetString();
            foreach (var name in new[] { "phone_number", "number" })
            {
                if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }

            return null;
        }

        /// <summary>2Chat's message field: error_message first, then message.</summary>
        public static string? MessageOf(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object) return null;
            foreach (var name in new[] { "error_message", "message" })
            {
                if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }

            return null;
        }

        /// <summary>The purchase-flow endpoints wrap their payload in {"success": true, "data": {…}}.</summary>
        private static JsonElement Data(JsonDocument document)
        {
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : root;
        }

        private static IEnumerable<JsonElement> Items(JsonElement container, string name)
        {
            if (container.ValueKind != JsonValueKind.Object || !container.TryGetProperty(name, out var items) || items.ValueKind == JsonValueKind.Null)
            {
                return Array.Empty<JsonElement>();
            }

            if (items.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException($"'{name}' should be a list but is {items.ValueKind}.");
            }

            return items.EnumerateArray();
        }

        private static long? Total(JsonElement root) =>
            root.TryGetProperty("count", out var count) && count.ValueKind == JsonValueKind.Number && count.TryGetInt64(out var total) ? total : (long?)null;

        private static T Read<T>(JsonElement element)
            where T : class, new()
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException($"Expected an object, found {element.ValueKind}.");
            }

            return element.Deserialize<T>(ProviderJson.Options) ?? new T();
        }

        private static VirtualNumberStatus StatusOf(string? text)
        {
            var compact = (text ?? "").Replace("_", "");
            return IsName(compact) && Enum.TryParse<VirtualNumberStatus>(compact, true, out var status) ? status : VirtualNumberStatus.Unknown;
        }

        /// <summary>Enum.TryParse reads "2" as the member with ordinal 2; 2Chat's types and states are words, so only words count.</summary>
        private static bool IsName(string? text) => !string.IsNullOrEmpty(text) && char.IsLetter(text![0]);

        private static string? Upper(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim().ToUpperInvariant();
    }

    /// <summary>What the caller knew about the group when it reserved a number, to complete the provider's short answer.</summary>
    internal sealed class ReservationContext
    {
        public ReservationContext(string groupId, NumberGroup? group)
        {
            GroupId = groupId;
            Group = group;
        }

        public string GroupId { get; }

        public NumberGroup? Group { get; }
    }

    internal sealed class PurchaseAnswer
    {
        private PurchaseAnswer(bool? bought, TwoChatVirtualNumber? owned, string? message)
        {
            Bought = bought;
            Owned = owned;
            Message = message;
        }

        /// <summary>True bought, false refused, null the answer did not mention the number.</summary>
        public bool? Bought { get; }

        public TwoChatVirtualNumber? Owned { get; }

        public string? Message { get; }

        public static PurchaseAnswer Succeeded(TwoChatVirtualNumber? owned, string? message) => new PurchaseAnswer(true, owned, message);

        public static PurchaseAnswer Failed(string message) => new PurchaseAnswer(false, null, message);

        public static PurchaseAnswer NotMentioned() => new PurchaseAnswer(null, null, null);
    }
}

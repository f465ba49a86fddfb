using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Json;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>The catalog: regions, cities, DID types, requirements, groups and a group's numbers.</summary>
    internal static partial class TwoChatParser
    {
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
                };
                if (group != null) TwoChatGroupDetails.Apply(number, group);
                number.SetOrigin(origin, element);
                return number;
            }).ToList();
        }
    }
}

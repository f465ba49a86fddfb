using System.Linq;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Parsing
{
    public class TwoChatCatalogParsingTests
    {
        [Fact]
        public void RegionsUnwrapData()
        {
            using var document = ProviderExample.TwoChat("regions.from-fields.json");

            var region = Assert.Single(TwoChatParser.Regions(document, ProviderExample.Origin, "US"));

            Assert.Equal(5, region.Id);
            Assert.Equal("California", region.Name);
            Assert.Equal("US", region.Country);
        }

        [Fact]
        public void CitiesUnwrapDataAndKeepTheRegionAskedFor()
        {
            using var document = ProviderExample.TwoChat("cities.from-fields.json");

            var city = Assert.Single(TwoChatParser.Cities(document, ProviderExample.Origin, "US", 5));

            Assert.Equal(1001, city.Id);
            Assert.Equal("Los Angeles", city.Name);
            Assert.Equal("US", city.Country);
            Assert.Equal(5, city.RegionId);
        }

        [Fact]
        public void EveryDocumentedDidTypeNameMapsToANumberType()
        {
            using var document = ProviderExample.TwoChat("did-types.from-fields.json");

            var types = TwoChatParser.DidTypes(document, ProviderExample.Origin);

            Assert.Equal(new[] { "global", "local", "mobile", "national", "sharedcost", "tollfree" }, types.Select(t => t.Name));
            Assert.Equal(
                new NumberType?[] { NumberType.Global, NumberType.Local, NumberType.Mobile, NumberType.National, NumberType.SharedCost, NumberType.TollFree },
                types.Select(t => t.Type));
            Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, types.Select(t => t.Id));
        }

        [Fact]
        public void TheDocumentedRequirementShapeMaps()
        {
            using var document = ProviderExample.TwoChat("requirements.from-fields.json");

            var requirement = Assert.Single(TwoChatParser.Requirements(document, ProviderExample.Origin, "US", NumberType.Mobile));

            Assert.Equal("Proof of address required", requirement.Description);
            Assert.Equal("US", requirement.Country);
            Assert.Equal(NumberType.Local, requirement.Type); // the element's own did_type wins over the one asked for
            Assert.Null(requirement.GroupId);
        }

        [Fact]
        public void NoRequirementsMeansAnEmptyList()
        {
            using var document = ProviderExample.TwoChat("requirements-empty.from-fields.json");

            Assert.Empty(TwoChatParser.Requirements(document, ProviderExample.Origin, "GB", NumberType.Local));
        }

        [Fact]
        public void RequirementElementsOfOtherShapesStillGiveADescription()
        {
            // Not from the spec: it says the element shape "varies by country" and shows one. These are the other
            // shapes the parser promises to read, so a country answering differently does not break the list.
            using var document = System.Text.Json.JsonDocument.Parse(@"{""success"":true,""data"":{""requirements"":[
                ""Copy of passport"",
                {""name"":""Local address"",""did_type"":""mobile""},
                {""document_type"":""utility_bill""},
                {""id"":7}
            ]}}");

            var list = TwoChatParser.Requirements(document, ProviderExample.Origin, "DE", NumberType.Local);

            Assert.Equal(new[] { "Copy of passport", "Local address", "utility_bill", @"{""id"":7}" }, list.Select(r => r.Description));
            Assert.Equal(new NumberType?[] { NumberType.Local, NumberType.Mobile, NumberType.Local, NumberType.Local }, list.Select(r => r.Type));
        }

        [Fact]
        public void GroupFieldsMapWithStringPricesAsDecimals()
        {
            using var document = ProviderExample.TwoChat("groups.from-fields.json");

            var group = Assert.Single(TwoChatParser.Groups(document, ProviderExample.Origin, "US", 5, null));

            Assert.Equal("abc-123", group.Id);
            Assert.Equal("+1 (213)", group.Prefix);
            Assert.Equal("Los Angeles", group.Location);
            Assert.Equal("US", group.Country);
            Assert.Equal(5, group.RegionId);
            Assert.Null(group.CityId);
            Assert.Equal(NumberType.Local, group.Type);
            Assert.Equal(0.00m, group.SetupPrice);
            Assert.Equal(3.50m, group.MonthlyPrice);
            Assert.Equal(0.02m, group.PerMinutePrice);
            Assert.Equal("USD", group.Currency);
            Assert.True(group.AllowNumberSelection);
            Assert.False(group.IsEligibleForFreeNumber);
            Assert.Equal(new[] { NumberFeature.Voice, NumberFeature.SmsIn, NumberFeature.SmsOut, NumberFeature.WhatsApp, NumberFeature.WhatsAppBusiness }, group.Features);
            var requirement = Assert.Single(group.Requirements);
            Assert.Equal("Proof of address required", requirement.Description);
            Assert.Equal("abc-123", requirement.GroupId);
            Assert.True(group.HasRequirements);
        }

        [Fact]
        public void AvailableNumbersCarryTheirGroupsTerms()
        {
            using var groups = ProviderExample.TwoChat("groups.from-fields.json");
            var group = TwoChatParser.Groups(groups, ProviderExample.Origin, "US", 5, null).Single();
            using var document = ProviderExample.TwoChat("available.from-fields.json");

            var number = Assert.Single(TwoChatParser.AvailableNumbers(document, ProviderExample.Origin, group, group.Id));

            Assert.Equal("did-xyz", number.Id);
            Assert.Equal("+12135551234", number.PhoneNumber);
            Assert.Equal("abc-123", number.GroupId);
            Assert.Equal("US", number.Country);
            Assert.Equal(NumberType.Local, number.Type);
            Assert.Equal(3.50m, number.MonthlyPrice);
            Assert.Equal(0.02m, number.PerMinutePrice);
        }
    }
}

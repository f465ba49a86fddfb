using System;
using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.Sandbox.TwoChat
{
    internal sealed class CatalogRegion
    {
        public CatalogRegion(int id, string name, string country)
        {
            Id = id;
            Name = name;
            Country = country;
        }

        public int Id { get; }
        public string Name { get; }
        public string Country { get; }
    }

    internal sealed class CatalogCity
    {
        public CatalogCity(int id, string name, string country, int? regionId, string areaCode)
        {
            Id = id;
            Name = name;
            Country = country;
            RegionId = regionId;
            AreaCode = areaCode;
        }

        public int Id { get; }
        public string Name { get; }
        public string Country { get; }
        public int? RegionId { get; }

        /// <summary>The national digits numbers in this city start with, after the country code.</summary>
        public string AreaCode { get; }
    }

    internal sealed class CatalogGroup
    {
        public string Id { get; set; } = "";
        public string Country { get; set; } = "";
        public string CountryCallingCode { get; set; } = "";
        public int? RegionId { get; set; }
        public int? CityId { get; set; }
        public string Prefix { get; set; } = "";
        public string Location { get; set; } = "";
        public string Type { get; set; } = "";
        public string SetupPrice { get; set; } = "0.00";
        public string MonthlyPrice { get; set; } = "0.00";
        public string Ppm { get; set; } = "0.00";
        public bool AllowNumberSelection { get; set; }
        public bool IsEligibleForFreeNumber { get; set; }
        public string[] Features { get; set; } = { "voice" };

        /// <summary>Numbers this group can still sell, in the order a random pick takes them.</summary>
        public List<string> Pool { get; } = new List<string>();

        public bool HasRequirements => TwoChatCatalog.RequirementsFor(Country, Type).Count > 0;

        public string LocalDigits => Prefix.Substring(Prefix.IndexOf(' ') + 1).Replace("(", "").Replace(")", "").Replace(" ", "");
    }

    /// <summary>
    /// What 2Chat sells in the sandbox: regions (US, CA, GB), cities, DID types, country requirements and number groups
    /// across ten countries and every number type, with and without number selection and requirements.
    /// </summary>
    internal static class TwoChatCatalog
    {
        public static readonly IReadOnlyList<(int Id, string Name)> DidTypes = new[]
        {
            (1, "global"), (2, "local"), (3, "mobile"), (4, "national"), (5, "sharedcost"), (6, "tollfree"),
        };

        public static readonly IReadOnlyList<CatalogRegion> Regions = new[]
        {
            new CatalogRegion(5, "California", "US"),
            new CatalogRegion(10, "Florida", "US"),
            new CatalogRegion(14, "Illinois", "US"),
            new CatalogRegion(33, "New York", "US"),
            new CatalogRegion(44, "Texas", "US"),
            new CatalogRegion(48, "Washington", "US"),
            new CatalogRegion(101, "Ontario", "CA"),
            new CatalogRegion(102, "Quebec", "CA"),
            new CatalogRegion(103, "British Columbia", "CA"),
            new CatalogRegion(201, "England", "GB"),
            new CatalogRegion(202, "Scotland", "GB"),
            new CatalogRegion(203, "Wales", "GB"),
            new CatalogRegion(204, "Northern Ireland", "GB"),
        };

        public static readonly IReadOnlyList<CatalogCity> Cities = new[]
        {
            new CatalogCity(1001, "Los Angeles", "US", 5, "213"),
            new CatalogCity(1002, "San Francisco", "US", 5, "415"),
            new CatalogCity(1003, "San Diego", "US", 5, "619"),
            new CatalogCity(1004, "Sacramento", "US", 5, "916"),
            new CatalogCity(1010, "Miami", "US", 10, "305"),
            new CatalogCity(1011, "Tampa", "US", 10, "813"),
            new CatalogCity(1020, "Chicago", "US", 14, "312"),
            new CatalogCity(1030, "New York City", "US", 33, "212"),
            new CatalogCity(1031, "Buffalo", "US", 33, "716"),
            new CatalogCity(1040, "Austin", "US", 44, "512"),
            new CatalogCity(1041, "Houston", "US", 44, "713"),
            new CatalogCity(1050, "Seattle", "US", 48, "206"),
            new CatalogCity(2001, "Toronto", "CA", 101, "416"),
            new CatalogCity(2002, "Ottawa", "CA", 101, "613"),
            new CatalogCity(2010, "Montreal", "CA", 102, "514"),
            new CatalogCity(2020, "Vancouver", "CA", 103, "604"),
            new CatalogCity(3001, "London", "GB", 201, "20"),
            new CatalogCity(3002, "Manchester", "GB", 201, "161"),
            new CatalogCity(3003, "Birmingham", "GB", 201, "121"),
            new CatalogCity(3010, "Edinburgh", "GB", 202, "131"),
            new CatalogCity(3011, "Glasgow", "GB", 202, "141"),
            new CatalogCity(3020, "Cardiff", "GB", 203, "29"),
            new CatalogCity(3030, "Belfast", "GB", 204, "28"),
            new CatalogCity(4001, "Berlin", "DE", null, "30"),
            new CatalogCity(4002, "Munich", "DE", null, "89"),
            new CatalogCity(5001, "Paris", "FR", null, "1"),
            new CatalogCity(5002, "Lyon", "FR", null, "4"),
            new CatalogCity(6001, "Sydney", "AU", null, "2"),
            new CatalogCity(6002, "Melbourne", "AU", null, "3"),
            new CatalogCity(7001, "Madrid", "ES", null, "91"),
            new CatalogCity(8001, "Amsterdam", "NL", null, "20"),
            new CatalogCity(9001, "São Paulo", "BR", null, "11"),
        };

        private static readonly Dictionary<string, string> CallingCodes = new Dictionary<string, string>
        {
            ["US"] = "1", ["CA"] = "1", ["GB"] = "44", ["DE"] = "49", ["FR"] = "33", ["AU"] = "61",
            ["ES"] = "34", ["NL"] = "31", ["BR"] = "55", ["JP"] = "81",
        };

        public static bool KnowsCountry(string country) => CallingCodes.ContainsKey(country);

        /// <summary>
        /// Requirements per country and type. Their shape differs by country, as the provider file warns:
        /// Germany uses {description, did_type}, France {name, type, mandatory}, Spain plain strings.
        /// </summary>
        public static IReadOnlyList<object> RequirementsFor(string country, string type)
        {
            switch (country)
            {
                case "DE" when type == "local" || type == "national":
                    return new object[]
                    {
                        new Dictionary<string, object> { ["description"] = "Proof of address required", ["did_type"] = type },
                        new Dictionary<string, object> { ["description"] = "Local address in the area code's city", ["did_type"] = type },
                    };
                case "FR":
                    return new object[]
                    {
                        new Dictionary<string, object> { ["name"] = "Identity document", ["type"] = "document", ["mandatory"] = true },
                        new Dictionary<string, object> { ["name"] = "Proof of address in France", ["type"] = "document", ["mandatory"] = type != "tollfree" },
                    };
                case "ES" when type != "tollfree":
                    return new object[] { "Spanish tax id (NIF/CIF)", "Proof of address in Spain" };
                case "AU" when type == "local":
                    return new object[] { new Dictionary<string, object> { ["description"] = "Australian business address", ["did_type"] = type } };
                default:
                    return Array.Empty<object>();
            }
        }

        public static List<CatalogGroup> BuildGroups(Random random, int numbersPerGroup)
        {
            var groups = new List<CatalogGroup>();
            foreach (var city in Cities.Where(c => c.Country == "US" || c.Country == "CA"))
            {
                groups.Add(Group(city.Country, city.RegionId, city.Id, $"+1 ({city.AreaCode})", $"{city.Name}, {RegionName(city.RegionId)}", "local", "0.00", "3.50", "0.02", true, new[] { "voice", "sms_in", "sms_out" }));
            }

            // A second Los Angeles group: no number selection, so a reservation from it gets a random number.
            groups.Add(Group("US", 5, 1001, "+1 (323)", "Los Angeles, California", "local", "1.00", "2.75", "0.02", false, new[] { "voice" }));
            groups.Add(Group("US", null, null, "+1 (800)", "United States", "tollfree", "2.00", "6.00", "0.045", true, new[] { "voice" }));
            groups.Add(Group("US", null, null, "+1 (888)", "United States", "tollfree", "2.00", "5.50", "0.045", false, new[] { "voice", "sms_in" }));
            groups.Add(Group("US", null, null, "+1 (500)", "United States", "national", "0.00", "4.00", "0.03", false, new[] { "voice", "sms_in", "sms_out" }));
            groups.Add(Group("US", null, null, "+1 (631)", "United States", "global", "0.00", "8.00", "0.05", false, new[] { "voice" }));
            groups.Add(Group("US", 5, null, "+1 (209)", "California", "mobile", "0.00", "7.00", "0.02", false, new[] { "voice", "sms_in", "sms_out", "whatsapp", "whatsapp_business" }));
            groups.Add(Group("CA", null, null, "+1 (833)", "Canada", "tollfree", "2.00", "6.00", "0.04", true, new[] { "voice" }));

            foreach (var city in Cities.Where(c => c.Country == "GB"))
            {
                groups.Add(Group("GB", city.RegionId, city.Id, $"+44 ({city.AreaCode})", city.Name, "local", "0.00", "2.50", "0.015", city.Id == 3001, new[] { "voice" }));
            }

            groups.Add(Group("GB", null, null, "+44 (7700)", "United Kingdom", "mobile", "0.00", "5.00", "0.02", false, new[] { "voice", "sms_in", "sms_out", "whatsapp" }));
            groups.Add(Group("GB", null, null, "+44 (7400)", "United Kingdom", "mobile", "1.00", "6.50", "0.02", false, new[] { "voice", "sms_in", "sms_out", "whatsapp", "whatsapp_business" }));
            groups.Add(Group("GB", null, null, "+44 (800)", "United Kingdom", "tollfree", "2.00", "9.00", "0.06", true, new[] { "voice" }));
            groups.Add(Group("GB", null, null, "+44 (843)", "United Kingdom", "sharedcost", "0.00", "3.00", "0.01", false, new[] { "voice" }));
            groups.Add(Group("GB", null, null, "+44 (330)", "United Kingdom", "national", "0.00", "3.25", "0.015", true, new[] { "voice" }));

            groups.Add(Group("DE", null, 4001, "+49 (30)", "Berlin", "local", "1.50", "4.00", "0.02", true, new[] { "voice" }));
            groups.Add(Group("DE", null, 4002, "+49 (89)", "Munich", "local", "1.50", "4.00", "0.02", false, new[] { "voice" }));
            groups.Add(Group("DE", null, null, "+49 (32)", "Germany", "national", "1.00", "5.00", "0.03", false, new[] { "voice" }));
            groups.Add(Group("DE", null, null, "+49 (1521)", "Germany", "mobile", "0.00", "9.00", "0.03", false, new[] { "voice", "sms_in", "whatsapp" }));
            groups.Add(Group("FR", null, 5001, "+33 (1)", "Paris", "local", "2.00", "4.50", "0.02", true, new[] { "voice" }));
            groups.Add(Group("FR", null, 5002, "+33 (4)", "Lyon", "local", "2.00", "4.50", "0.02", false, new[] { "voice" }));
            groups.Add(Group("FR", null, null, "+33 (805)", "France", "tollfree", "5.00", "12.00", "0.08", false, new[] { "voice" }));
            groups.Add(Group("AU", null, 6001, "+61 (2)", "Sydney", "local", "0.00", "6.00", "0.03", true, new[] { "voice" }));
            groups.Add(Group("AU", null, null, "+61 (4)", "Australia", "mobile", "0.00", "10.00", "0.03", false, new[] { "voice", "sms_in", "sms_out", "whatsapp" }));
            groups.Add(Group("AU", null, null, "+61 (1300)", "Australia", "tollfree", "3.00", "15.00", "0.1", false, new[] { "voice" }));
            groups.Add(Group("ES", null, 7001, "+34 (91)", "Madrid", "local", "1.00", "3.00", "0.02", true, new[] { "voice" }));
            groups.Add(Group("ES", null, null, "+34 (900)", "Spain", "tollfree", "2.00", "8.00", "0.05", false, new[] { "voice" }));
            groups.Add(Group("NL", null, 8001, "+31 (20)", "Amsterdam", "local", "0.00", "3.00", "0.02", true, new[] { "voice" }));
            groups.Add(Group("NL", null, null, "+31 (85)", "Netherlands", "national", "0.00", "2.50", "0.02", false, new[] { "voice" }));
            groups.Add(Group("NL", null, null, "+31 (900)", "Netherlands", "sharedcost", "0.00", "2.00", "0.01", false, new[] { "voice" }));
            groups.Add(Group("BR", null, 9001, "+55 (11)", "São Paulo", "local", "0.00", "4.00", "0.03", true, new[] { "voice" }));
            groups.Add(Group("JP", null, null, "+81 (50)", "Japan", "national", "5.00", "12.00", "0.06", false, new[] { "voice" }));

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in groups)
            {
                group.Id = GroupId(group, random, used);
                group.IsEligibleForFreeNumber = group.MonthlyPrice == "3.50" && group.Type == "local";
                FillPool(group, random, numbersPerGroup);
            }

            return groups;
        }

        private static string RegionName(int? regionId) => Regions.First(r => r.Id == regionId).Name;

        private static CatalogGroup Group(string country, int? regionId, int? cityId, string prefix, string location, string type, string setup, string monthly, string ppm, bool allowSelection, string[] features) =>
            new CatalogGroup
            {
                Country = country,
                CountryCallingCode = CallingCodes[country],
                RegionId = regionId,
                CityId = cityId,
                Prefix = prefix,
                Location = location,
                Type = type,
                SetupPrice = setup,
                MonthlyPrice = monthly,
                Ppm = ppm,
                AllowNumberSelection = allowSelection,
                Features = features,
            };

        // Group ids look like the provider's example ("abc-123"): a short tag and digits.
        private static string GroupId(CatalogGroup group, Random random, HashSet<string> used)
        {
            while (true)
            {
                var id = $"{group.Country.ToLowerInvariant()}{group.Type.Substring(0, 3)}-{random.Next(100, 1000)}";
                if (used.Add(id)) return id;
            }
        }

        // A third of each group's numbers carry "555" so vanity searches find something.
        private static void FillPool(CatalogGroup group, Random random, int size)
        {
            var local = group.LocalDigits;
            var national = group.CountryCallingCode == "1" ? 10 : 9 + (group.Type == "mobile" ? 1 : 0);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (group.Pool.Count < size)
            {
                var restLength = Math.Max(4, national - local.Length);
                var rest = group.Pool.Count % 3 == 0 && restLength >= 7
                    ? "555" + Digits(random, restLength - 3)
                    : Digits(random, restLength);
                var number = "+" + group.CountryCallingCode + local + rest;
                if (seen.Add(number)) group.Pool.Add(number);
            }
        }

        private static string Digits(Random random, int count)
        {
            var chars = new char[count];
            for (var i = 0; i < count; i++) chars[i] = (char)('0' + random.Next(10));
            return new string(chars);
        }
    }
}

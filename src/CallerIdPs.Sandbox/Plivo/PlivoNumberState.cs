using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CallerIdPs.Sandbox.Plivo
{
    /// <summary>A number Plivo sells (…/PhoneNumber/), field for field as plivo-numbers.md §1 lists them.</summary>
    internal sealed class PlivoForSale
    {
        /// <summary>Digits without '+', as Plivo writes them.</summary>
        public string Number { get; set; } = "";
        public string CountryIso { get; set; } = "";
        public string CallingCode { get; set; } = "";
        public string Prefix { get; set; } = "";
        public string? City { get; set; }
        public string Country { get; set; } = "";
        public string Region { get; set; } = "";
        public string? RateCenter { get; set; }
        public int? Lata { get; set; }
        /// <summary>fixed | mobile | tollfree.</summary>
        public string Type { get; set; } = "fixed";
        /// <summary>fixed | mobile | tollfree | national | local.</summary>
        public string SubType { get; set; } = "local";
        public string SetupRate { get; set; } = "0.00000";
        public string MonthlyRate { get; set; } = "0.80000";
        public bool Voice { get; set; } = true;
        public bool Sms { get; set; } = true;
        public bool Mms { get; set; }
        /// <summary>city-address | country-address | terms-and-conditions | null.</summary>
        public string? Restriction { get; set; }
        public string? RestrictionText { get; set; }

        public bool Offers(string service) =>
            service == "voice" ? Voice : service == "sms" ? Sms : service == "mms" && Mms;
    }

    /// <summary>A number the account rents (…/Number/), as plivo-numbers.md §3–4 list its fields.</summary>
    internal sealed class PlivoRented
    {
        public string Number { get; set; } = "";
        public string? Alias { get; set; }
        /// <summary>A subaccount's Auth ID, or null for the main account.</summary>
        public string? SubAccount { get; set; }
        public DateTimeOffset AddedOn { get; set; }
        public DateTimeOffset RenewalDate { get; set; }
        public string? AppId { get; set; }
        public string Region { get; set; } = "";
        public string City { get; set; } = "";
        public string Country { get; set; } = "";
        /// <summary>local | mobile | fixed | national | tollfree.</summary>
        public string NumberType { get; set; } = "local";
        public string MonthlyRate { get; set; } = "0.80000";
        public bool Voice { get; set; } = true;
        public bool Sms { get; set; } = true;
        public bool Mms { get; set; }
        public bool Active { get; set; } = true;
        public string? ComplianceStatus { get; set; }
        public string CnamLookup { get; set; } = "disabled";
    }

    /// <summary>The sandbox account's inventory for sale and the numbers it rents. Not thread-safe: the emulator's gate guards it.</summary>
    internal sealed class PlivoNumberState
    {
        /// <summary>The reference's example number: the first US 415 number for sale, so the pipelines buy it.</summary>
        public const string ExampleNumber = "14155559186";

        /// <summary>The design page's placeholder subaccount; it exists on the sandbox account so its examples run as written.</summary>
        public const string ExampleSubaccount = "SAXXXXXXXXXXXXXXXXXX";

        public static readonly string[] ApplicationIds = { "29986316244302815", "10043877562948371" };

        public PlivoNumberState(PlivoEmulatorOptions options, DateTimeOffset now)
        {
            SeedInventory(options);
            SeedRented(options, now);
        }

        public List<PlivoForSale> ForSale { get; } = new List<PlivoForSale>();

        public List<PlivoRented> Rented { get; } = new List<PlivoRented>();

        /// <summary>Digits from a path: "14155559186", "+14155559186" (already decoded from %2B).</summary>
        public static string Digits(string path) => path.Trim().TrimStart('+');

        public PlivoForSale? OnSale(string digits) => ForSale.FirstOrDefault(n => n.Number == digits);

        public PlivoRented? Rent(string digits) => Rented.FirstOrDefault(n => n.Number == digits);

        /// <summary>The next billing date: a month on, clamped to the month's end (Jan 31 → Feb 28).</summary>
        public static DateTimeOffset NextMonth(DateTimeOffset day)
        {
            var next = day.AddMonths(1);
            return new DateTimeOffset(next.Year, next.Month, next.Day, 0, 0, 0, TimeSpan.Zero);
        }

        private void SeedInventory(PlivoEmulatorOptions options)
        {
            // San Francisco: the example number first, then 30 more, so a search pages past Plivo's limit of 20.
            Add(Us(ExampleNumber, "SAN FRANCISCO", "SNFC CNTRL", mms: false));
            for (var i = 0; i < 30; i++)
            {
                Add(Us("1415555" + (9100 + i).ToString(CultureInfo.InvariantCulture), "SAN FRANCISCO", "SNFC CNTRL", mms: i % 3 == 0, sms: i % 5 != 4));
            }

            for (var i = 0; i < 4; i++)
            {
                Add(Us("1212555" + (7300 + i).ToString(CultureInfo.InvariantCulture), "NEW YORK", "NWYRCYZN01", mms: true));
            }

            for (var i = 0; i < 3; i++)
            {
                Add(new PlivoForSale
                {
                    Number = "1844555" + (4100 + i).ToString(CultureInfo.InvariantCulture), CountryIso = "US", CallingCode = "1", Prefix = "844",
                    Country = "UNITED STATES", Region = "United States", Type = "tollfree", SubType = "tollfree", MonthlyRate = "1.00000", Sms = i != 2,
                });
            }

            Add(new PlivoForSale
            {
                Number = "14165550123", CountryIso = "CA", CallingCode = "1", Prefix = "416", City = "TORONTO", Country = "CANADA",
                Region = "Ontario", RateCenter = "TORONTO", Lata = 888, MonthlyRate = "0.80000",
            });

            for (var i = 0; i < 3; i++)
            {
                Add(new PlivoForSale
                {
                    Number = "44207946" + ("0" + (100 + i).ToString(CultureInfo.InvariantCulture)), CountryIso = "GB", CallingCode = "44", Prefix = "20", City = "LONDON",
                    Country = "UNITED KINGDOM", Region = "London", SubType = "local", MonthlyRate = "1.50000", SetupRate = "1.00000", Sms = false,
                    Restriction = "country-address", RestrictionText = "An address in the United Kingdom is required before the number is activated.",
                });
            }

            for (var i = 0; i < 2; i++)
            {
                Add(new PlivoForSale
                {
                    Number = "4477009001" + (20 + i).ToString(CultureInfo.InvariantCulture), CountryIso = "GB", CallingCode = "44", Prefix = "7700",
                    Country = "UNITED KINGDOM", Region = "United Kingdom", Type = "mobile", SubType = "mobile", MonthlyRate = "4.00000", Sms = true,
                });
            }

            Add(new PlivoForSale
            {
                Number = "4969945500" + "12", CountryIso = "DE", CallingCode = "49", Prefix = "69", City = "FRANKFURT", Country = "GERMANY", Region = "Frankfurt",
                Type = "fixed", SubType = "local", MonthlyRate = "1.20000", SetupRate = "0.50000", Sms = false,
                Restriction = "city-address", RestrictionText = "A residential or business address in Frankfurt is required.",
            });

            Add(new PlivoForSale
            {
                Number = "33970730" + "177", CountryIso = "FR", CallingCode = "33", Prefix = "9", Country = "FRANCE", Region = "France",
                Type = "fixed", SubType = "national", MonthlyRate = "2.00000", Sms = false,
                Restriction = "terms-and-conditions", RestrictionText = "Accept the French numbering plan's terms of use.",
            });

            void Add(PlivoForSale number)
            {
                if (OnSale(number.Number) == null) ForSale.Add(number);
            }
        }

        private static PlivoForSale Us(string number, string city, string rateCenter, bool mms, bool sms = true) => new PlivoForSale
        {
            Number = number, CountryIso = "US", CallingCode = "1", Prefix = number.Substring(1, 3), City = city, Country = "UNITED STATES",
            Region = "United States", RateCenter = rateCenter, Lata = 722, Type = "fixed", SubType = "local", Sms = sms, Mms = mms,
        };

        private void SeedRented(PlivoEmulatorOptions options, DateTimeOffset now)
        {
            var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
            var areas = new[] { ("415", "SAN FRANCISCO", "California"), ("212", "NEW YORK", "New York"), ("312", "CHICAGO", "Illinois"), ("206", "SEATTLE", "Washington") };
            string?[] aliases = { "HQ", "old-fax", "Support line", "old-campaign", null, "Sales", "", "Frankfurt office" };
            var subaccounts = options.SubaccountAuthIds.ToList();
            for (var i = 0; i < options.SeededNumbers; i++)
            {
                var (area, city, state) = areas[i % areas.Length];
                var tollFree = i % 6 == 5;
                var german = i == 7;
                var rented = new PlivoRented
                {
                    Number = german ? "496994550077" : tollFree ? "1844555" + (4200 + i).ToString(CultureInfo.InvariantCulture) : "1" + area + "555" + (200 + i).ToString("D4", CultureInfo.InvariantCulture),
                    Alias = i < aliases.Length ? aliases[i] : "Line " + (i + 1).ToString("D2", CultureInfo.InvariantCulture),
                    SubAccount = subaccounts.Count > 0 && i % 5 == 2 ? subaccounts[0] : subaccounts.Count > 1 && i % 5 == 4 ? subaccounts[1] : null,
                    // Renewals spread over the month: the first two fall within a week.
                    RenewalDate = today.AddDays(((i * 5) % 30) + 1),
                    AppId = i % 3 == 1 ? null : ApplicationIds[i % 2],
                    Region = german ? "Frankfurt, GERMANY" : tollFree ? "UNITED STATES" : $"{state}, UNITED STATES",
                    City = german ? "FRANKFURT" : "USA",
                    Country = german ? "Germany" : "United States",
                    NumberType = german ? "fixed" : tollFree ? "tollfree" : "local",
                    MonthlyRate = german ? "1.20000" : tollFree ? "1.00000" : "0.80000",
                    Sms = !german,
                    Mms = i % 4 == 0,
                    // The German number waits for its address documents.
                    Active = !german,
                    ComplianceStatus = german ? "submitted" : null,
                    CnamLookup = tollFree || german ? "disabled" : "enabled",
                };
                rented.AddedOn = rented.RenewalDate.AddMonths(-1 - (i % 7));
                Rented.Add(rented);
            }
        }

        /// <summary>Stable list order: oldest first, then by number.</summary>
        public IEnumerable<PlivoRented> Ordered() => Rented.OrderBy(r => r.AddedOn).ThenBy(r => r.Number, StringComparer.Ordinal);
    }
}

using System;
using CallerIdPs.Sandbox.Framework;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CallerIdPs.Sandbox.TwoChat
{
    internal sealed class OwnedNumber
    {
        public string Uuid { get; set; } = "";
        public string PhoneNumber { get; set; } = "";
        public string Country { get; set; } = "";
        public string RegionName { get; set; } = "";
        public string FriendlyName { get; set; } = "";
        public string ProviderType { get; set; } = "local";
        public bool IsTollFree { get; set; }
        public decimal IncomingPricePerMinute { get; set; }
        public string Timezone { get; set; } = "UTC";
        public string StatusText { get; set; } = "ACTIVE";
        public string? GroupId { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }
        public DateTimeOffset ExpiresAt { get; set; }

        /// <summary>Listings that still leave the number out while it activates.</summary>
        public int HiddenListings { get; set; }
    }

    internal sealed class EmulatedCallerId
    {
        public string Uuid { get; set; } = "";
        public string? ChannelUuid { get; set; }
        public string PhoneNumber { get; set; } = "";
        public string FriendlyName { get; set; } = "";
        public string Country { get; set; } = "";
        public string Type { get; set; } = "CI";
        public bool Verified { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }
        public DateTimeOffset? ExpiresAt { get; set; }
    }

    internal sealed class Reservation
    {
        public string Uuid { get; set; } = "";
        public string Number { get; set; } = "";
        public CatalogGroup Group { get; set; } = new CatalogGroup();
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset ExpiresAt { get; set; }
        public bool Settled { get; set; }

        public bool IsActiveAt(DateTimeOffset now) => !Settled && now < ExpiresAt;
    }

    /// <summary>The account's data: caller IDs, owned numbers, the catalogue and reservations. Not thread-safe: the emulator's gate guards it.</summary>
    internal sealed class TwoChatState
    {
        private static readonly string[] StatusTexts = { "ACTIVE", "AWAITING_REGISTRATION", "PENDING_ACTIVATION", "PENDING_CANCELLATION", "RELEASED" };
        private readonly Random _random;
        private readonly int _activationListings;

        public TwoChatState(TwoChatEmulatorOptions options, DateTimeOffset now)
        {
            _random = new Random(options.Seed);
            _activationListings = options.ActivationListings;
            AccountUuid = NewId("ACC");
            CreatedAt = Second(now.AddDays(-540));
            Groups = TwoChatCatalog.BuildGroups(_random, options.NumbersPerGroup);
            SeedOwnedNumbers(now);
            SeedCallerIds(options.CallerIdCount, now);
            SeedSharedNumbers(now);
        }

        public string AccountUuid { get; }

        public DateTimeOffset CreatedAt { get; }

        public List<CatalogGroup> Groups { get; }

        public List<OwnedNumber> Owned { get; } = new List<OwnedNumber>();

        public List<EmulatedCallerId> CallerIds { get; } = new List<EmulatedCallerId>();

        public List<Reservation> Reservations { get; } = new List<Reservation>();

        public int Purchases { get; set; }

        /// <summary>The numbers a listing shows: one still activating is left out, and counts the listing.</summary>
        public List<OwnedNumber> ListedNumbers()
        {
            var listed = Owned.Where(o => o.HiddenListings == 0).ToList();
            foreach (var activating in Owned.Where(o => o.HiddenListings > 0)) activating.HiddenListings--;
            return listed;
        }

        /// <summary>Whether purchases answer 202 (accepted, finished later) rather than 201.</summary>
        public bool ActivatesLater => _activationListings > 0;

        public static int StatusCode(string statusText) => Array.IndexOf(StatusTexts, statusText) + 1;

        public string NewId(string prefix) => prefix + NewGuid().ToString("D");

        public Guid NewGuid() => _random.NextGuid();

        public static DateTimeOffset Second(DateTimeOffset value) =>
            new DateTimeOffset(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, TimeSpan.Zero);

        public bool IsTaken(string number, DateTimeOffset now) =>
            Owned.Any(o => o.PhoneNumber == number && o.StatusText != "RELEASED")
            || Reservations.Any(r => r.Number == number && r.IsActiveAt(now));

        /// <summary>Turns a number of a group into an owned virtual number and its VN caller ID.</summary>
        public OwnedNumber Buy(string number, CatalogGroup group, DateTimeOffset now)
        {
            var owned = new OwnedNumber
            {
                Uuid = NewId("DID"),
                PhoneNumber = number,
                Country = group.Country,
                RegionName = group.Location,
                FriendlyName = number,
                ProviderType = ProviderTypeOf(group.Type),
                IsTollFree = group.Type == "tollfree",
                IncomingPricePerMinute = decimal.Parse(group.Ppm, CultureInfo.InvariantCulture),
                Timezone = TimezoneOf(group.Country),
                // Numbers bought without the country's documents wait for registration, as 2Chat warns.
                StatusText = _activationListings > 0 ? "PENDING_ACTIVATION" : group.HasRequirements ? "AWAITING_REGISTRATION" : "ACTIVE",
                HiddenListings = _activationListings,
                GroupId = group.Id,
                CreatedAt = Second(now),
                UpdatedAt = Second(now),
                ExpiresAt = Second(now.AddYears(1)),
            };
            Owned.Add(owned);
            group.Pool.Remove(number);
            CallerIds.Add(CallerIdFor(owned));
            Purchases++;
            return owned;
        }

        private EmulatedCallerId CallerIdFor(OwnedNumber owned) => new EmulatedCallerId
        {
            Uuid = NewId("VCI"),
            ChannelUuid = owned.Uuid,
            PhoneNumber = owned.PhoneNumber,
            FriendlyName = owned.FriendlyName,
            Country = owned.Country,
            Type = "VN",
            Verified = true,
            CreatedAt = owned.CreatedAt,
            UpdatedAt = owned.UpdatedAt,
            ExpiresAt = owned.ExpiresAt,
        };

        private void SeedOwnedNumbers(DateTimeOffset now)
        {
            var picks = new[] { ("US", "local"), ("US", "tollfree"), ("GB", "mobile"), ("GB", "local"), ("CA", "local"), ("DE", "local"), ("AU", "mobile"), ("NL", "sharedcost") };
            var statuses = new[] { "ACTIVE", "ACTIVE", "ACTIVE", "PENDING_ACTIVATION", "ACTIVE", "AWAITING_REGISTRATION", "ACTIVE", "PENDING_CANCELLATION" };
            for (var i = 0; i < picks.Length; i++)
            {
                var group = Groups.First(g => g.Country == picks[i].Item1 && g.Type == picks[i].Item2);
                var bought = now.AddDays(-30 - (i * 41));
                var owned = Buy(group.Pool[group.Pool.Count - 1], group, bought);
                owned.StatusText = statuses[i];
                owned.FriendlyName = new[] { "Sales", "Support line", "UK mobile", "London office", "Toronto desk", "Berlin office", "Sydney mobile", "NL info line" }[i];
                owned.UpdatedAt = Second(bought.AddDays(3));
                CallerIds[CallerIds.Count - 1].FriendlyName = owned.FriendlyName;
            }

            Purchases = 0;
        }

        /// <summary>
        /// After the seed above and without its random source, so nothing seeded before changes: a number released last
        /// month, whose VN caller ID 2Chat has already dropped, and which the Apple sandbox still brands.
        /// </summary>
        private void SeedSharedNumbers(DateTimeOffset now)
        {
            var bought = Second(now.AddDays(-400));
            Owned.Add(new OwnedNumber
            {
                Uuid = "DID0c0ffee0-5a1e-4d00-8000-000000000186",
                PhoneNumber = SharedSandboxNumbers.ReleasedButBranded,
                Country = "US",
                RegionName = "San Francisco, CA",
                FriendlyName = "Old SF line",
                StatusText = "RELEASED",
                IncomingPricePerMinute = 0.01m,
                Timezone = TimezoneOf("US"),
                CreatedAt = bought,
                UpdatedAt = Second(now.AddDays(-30)),
                ExpiresAt = Second(now.AddDays(-30)),
            });
        }

        private void SeedCallerIds(int count, DateTimeOffset now)
        {
            var countries = new[] { ("US", "1", 10), ("GB", "44", 10), ("AU", "61", 9), ("CA", "1", 10), ("DE", "49", 10), ("MX", "52", 10), ("BR", "55", 11), ("ES", "34", 9) };
            var types = new[] { "CI", "CI", "CI", "CI", "WW", "WA" };
            while (CallerIds.Count < count)
            {
                var (country, code, digits) = countries[_random.Next(countries.Length)];
                var number = "+" + code + (char)('2' + _random.Next(8)) + DigitsOf(digits - 1);
                var type = types[_random.Next(types.Length)];
                var created = Second(now.AddMinutes(-_random.Next(10, 60 * 24 * 700)));
                CallerIds.Add(new EmulatedCallerId
                {
                    Uuid = NewId("VCI"),
                    ChannelUuid = type == "WA" ? NewId("WPN") : null,
                    PhoneNumber = number,
                    FriendlyName = CallerIds.Count % 7 == 0 ? $"Agent {CallerIds.Count}" : number,
                    Country = country,
                    Type = type,
                    Verified = _random.Next(10) != 0,
                    CreatedAt = created,
                    UpdatedAt = Second(created.AddMinutes(_random.Next(0, 60 * 24 * 30))),
                    ExpiresAt = type == "CI" ? (DateTimeOffset?)null : Second(created.AddYears(1)),
                });
            }
        }

        private string DigitsOf(int count)
        {
            var chars = new char[count];
            for (var i = 0; i < count; i++) chars[i] = (char)('0' + _random.Next(10));
            return new string(chars);
        }

        private static string ProviderTypeOf(string didType)
        {
            switch (didType)
            {
                case "mobile": return "mobile";
                case "local": return "local";
                case "sharedcost": return "shared-cost";
                default: return "national";
            }
        }

        private static string TimezoneOf(string country)
        {
            switch (country)
            {
                case "US": return "America/Los_Angeles";
                case "CA": return "America/Toronto";
                case "GB": return "Europe/London";
                case "AU": return "Australia/Sydney";
                case "BR": return "America/Sao_Paulo";
                case "JP": return "Asia/Tokyo";
                default: return "Europe/Berlin";
            }
        }
    }
}

using System;
using CallerIdPs.Sandbox.Framework;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CallerIdPs.Sandbox.IdentityCall
{
    internal sealed class IdcOperator
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string PhoneNumber { get; set; } = "";

        public string Initials =>
            new string(Name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])).Take(2).ToArray());
    }

    internal sealed class IdcCall
    {
        public long Id { get; set; }
        public string PhoneNumber { get; set; } = "";
        public string? CallerName { get; set; }
        public string Status { get; set; } = "answered";
        public int Duration { get; set; }
        public string Direction { get; set; } = "inbound";
        public bool AiHandled { get; set; }
        public string? TranscriptSummary { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
    }

    internal sealed class IdcNumber
    {
        public long Id { get; set; }
        public string PhoneNumber { get; set; } = "";
        public string? Name { get; set; }
        public string Country { get; set; } = "";
        public bool Active { get; set; } = true;
        public bool AiReceptionist { get; set; }
        public bool Recording { get; set; }
        public string RoutingStrategy { get; set; } = "priority";
        public int? ProjectId { get; set; }

        /// <summary>Attached operators in priority order (index = priority, from 0).</summary>
        public List<long> OperatorIds { get; } = new List<long>();

        public List<IdcCall> Calls { get; } = new List<IdcCall>();
    }

    /// <summary>A number for sale.</summary>
    internal sealed class IdcOffer
    {
        public string PhoneNumber { get; set; } = "";
        public string Country { get; set; } = "";
        public string Type { get; set; } = "";
        public decimal Upfront { get; set; }
        public decimal Monthly { get; set; }
        public string[] Features { get; set; } = Array.Empty<string>();
        public (string Type, string Name)[] Regions { get; set; } = Array.Empty<(string, string)>();
    }

    /// <summary>The account's numbers, operators and calls, and what is for sale. Not thread-safe: the emulator's gate guards it.</summary>
    internal sealed class IdentityCallState
    {
        public static readonly string[] Types = { "mobile", "local", "toll-free", "national" };

        private readonly IdentityCallEmulatorOptions _options;
        private readonly Random _random;

        public IdentityCallState(IdentityCallEmulatorOptions options, DateTimeOffset now)
        {
            _options = options;
            _random = new Random(options.Seed);
            SeedOperators();
            SeedNumbers(now);
            SeedOffers();
        }

        public List<IdcOperator> Operators { get; } = new List<IdcOperator>();

        public List<IdcNumber> Numbers { get; } = new List<IdcNumber>();

        public List<IdcOffer> Offers { get; } = new List<IdcOffer>();

        public int Purchases { get; set; }

        public IdcOperator? Operator(long id) => Operators.FirstOrDefault(o => o.Id == id);

        public IdcNumber? Number(long id) => Numbers.FirstOrDefault(n => n.Id == id);

        public long NextNumberId() => Numbers.Count == 0 ? 1 : Numbers.Max(n => n.Id) + 1;

        public long NextOperatorId() => Operators.Count == 0 ? 1 : Operators.Max(o => o.Id) + 1;

        private void SeedOperators()
        {
            // The spec's example operators first (ids 12-14 and 21), then a few more so a number can have more than three.
            foreach (var (id, name, phone) in new (long, string, string)[]
            {
                (12, "Alice Carter", "+12025550112"),
                (13, "Bob Diaz", "+12025550113"),
                (14, "Carol Evans", "+12025550114"),
                (15, "Dmitri Fox", "+12025550115"),
                (16, "Erin Grant", "+12025550116"),
                (17, "Farah Haddad", "+12025550117"),
                (21, "Daiva Petrauskas", "+37060000021"),
                (22, "Jonas Kazlauskas", "+37060000022"),
            })
            {
                Operators.Add(new IdcOperator { Id = id, Name = name, PhoneNumber = phone });
            }
        }

        private void SeedNumbers(DateTimeOffset now)
        {
            // 7 and 8 are the spec's list example, field for field.
            Add(new IdcNumber { Id = 7, PhoneNumber = "+15551234567", Name = "US Sales Line", Country = "US", Recording = true, ProjectId = IdentityCallEmulatorOptions.SalesProjectId }, 12, 13, 14);
            Add(new IdcNumber { Id = 8, PhoneNumber = "+37060012345", Name = "LT Support Line", Country = "LT", AiReceptionist = true, Recording = true, RoutingStrategy = "simultaneous", ProjectId = IdentityCallEmulatorOptions.SupportProjectId }, 21);
            Add(new IdcNumber { Id = 9, PhoneNumber = "+14155550123", Name = "Front Desk", Country = "US", Recording = true, RoutingStrategy = "round_robin" }, 12, 13, 14, 15, 16);
            Add(new IdcNumber { Id = 10, PhoneNumber = "+442079460123", Name = "London Office", Country = "GB", Active = false });
            Add(new IdcNumber { Id = 11, PhoneNumber = "+12125550147", Name = null, Country = "US", Active = false, ProjectId = IdentityCallEmulatorOptions.SalesProjectId }, 17);
            Add(new IdcNumber { Id = 12, PhoneNumber = "+18885550199", Name = "Toll-free Support", Country = "US", AiReceptionist = true }, 16, 17);
            // Shared with the 2Chat sandbox, where the same number is rented as "Sales" (see SharedSandboxNumbers).
            Add(new IdcNumber { Id = 13, PhoneNumber = SharedSandboxNumbers.RentedOnTwoAccounts, Name = "Sales (ported from 2Chat)", Country = "US" }, 12);

            var callId = 1000L;
            foreach (var (numberId, count) in new (long, int)[] { (7, 14), (8, 4), (9, 3), (12, 1) })
            {
                var number = Number(numberId)!;
                for (var i = 0; i < count; i++)
                {
                    var missed = _random.Next(4) == 0;
                    number.Calls.Add(new IdcCall
                    {
                        Id = ++callId,
                        PhoneNumber = "+1202555" + (200 + _random.Next(800)).ToString("D4", CultureInfo.InvariantCulture),
                        CallerName = i % 3 == 0 ? null : "Caller " + (i + 1).ToString(CultureInfo.InvariantCulture),
                        Status = missed ? "missed" : "answered",
                        Duration = missed ? 0 : 20 + _random.Next(600),
                        Direction = i % 5 == 4 ? "outbound" : "inbound",
                        AiHandled = number.AiReceptionist && !missed,
                        TranscriptSummary = missed ? null : "Asked about opening hours.",
                        CreatedAt = now.AddHours(-(count - i) * 7).AddSeconds(-_random.Next(3600)),
                    });
                }
            }
        }

        private void Add(IdcNumber number, params long[] operators)
        {
            number.OperatorIds.AddRange(operators);
            Numbers.Add(number);
        }

        private void SeedOffers()
        {
            var perSearch = _options.AvailablePerSearch;
            // Fictional ranges: NANP 555-01xx, Ofcom's drama numbers, and made-up Lithuanian ranges.
            Offer("US", "local", "+1213555", 100, 4, 0.50m, 1.15m, new[] { "voice", "sms" }, ("city", "Los Angeles"), ("state", "California"));
            Offer("US", "mobile", "+1646555", 100, 4, 1.00m, 1.00m, new[] { "sms", "voice", "mms" }, ("city", "New York"), ("state", "New York"));
            Offer("US", "toll-free", "+1888555", 120, 4, 2.00m, 2.50m, new[] { "voice" }, ("country", "United States"));
            Offer("GB", "local", "+44207946", 200, 4, 1.00m, 1.50m, new[] { "voice" }, ("city", "London"), ("country", "United Kingdom"));
            Offer("GB", "mobile", "+447700900", 300, 3, 1.50m, 1.50m, new[] { "sms", "voice" }, ("country", "United Kingdom"));
            Offer("GB", "toll-free", "+448081570", 400, 3, 2.00m, 3.00m, new[] { "voice" }, ("country", "United Kingdom"));
            Offer("GB", "national", "+443069990", 500, 3, 1.00m, 2.00m, new[] { "voice" }, ("country", "United Kingdom"));
            Offer("LT", "mobile", "+3706009", 1000, 4, 1.00m, 1.00m, new[] { "sms", "voice" }, ("city", "Vilnius"), ("country", "Lithuania"));

            void Offer(string country, string type, string prefix, int first, int width, decimal upfront, decimal monthly, string[] features, params (string, string)[] regions)
            {
                for (var i = 0; i < perSearch; i++)
                {
                    Offers.Add(new IdcOffer
                    {
                        PhoneNumber = prefix + (first + i).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                        Country = country,
                        Type = type,
                        Upfront = upfront,
                        Monthly = monthly,
                        Features = features,
                        Regions = regions,
                    });
                }
            }
        }
    }
}

using System;
using CallerIdPs.Sandbox.Framework;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CallerIdPs.Sandbox.AppleBusiness
{
    internal sealed class AppleCallerIdRecord
    {
        public string Id { get; set; } = "";
        public string PhoneNumber { get; set; } = "";
        public string Department { get; set; } = "";
        public string State { get; set; } = "SUBMITTED";
        public string Etag { get; set; } = "";
        public DateTimeOffset CreatedDate { get; set; }
        public DateTimeOffset UpdatedDate { get; set; }
    }

    internal sealed class AppleToken
    {
        public string Value { get; set; } = "";
        public DateTimeOffset ExpiresAt { get; set; }
    }

    internal sealed class AppleCursor
    {
        public string Ql { get; set; } = "";
        public int Position { get; set; }
        public DateTimeOffset IssuedAt { get; set; }
    }

    /// <summary>The brand's caller IDs, the tokens issued and the open cursors. Not thread-safe: the emulator's gate guards it.</summary>
    internal sealed class AppleState
    {
        /// <summary>The design page's example number; never seeded, so creating it always works.</summary>
        public const string ReservedExampleNumber = "+18005555555";

        private static readonly string[] Departments =
        {
            "department.general.support.customer_service", "department.general.support.service_center",
            "department.general.sales", "department.general.billing",
        };

        private static readonly string[] SeedStates = { "PUBLISHED", "PUBLISHED", "PUBLISHED", "SUBMITTED", "PROCESSING", "PUBLISHED", "REJECTED", "FAILED" };

        private readonly Random _random;
        private ulong _nextId = 9467895078742650000UL;

        public AppleState(AppleEmulatorOptions options, DateTimeOffset now)
        {
            _random = new Random(options.Seed);
            Seed(options, now);
        }

        public List<AppleCallerIdRecord> CallerIds { get; } = new List<AppleCallerIdRecord>();

        public Dictionary<string, AppleToken> Tokens { get; } = new Dictionary<string, AppleToken>(StringComparer.Ordinal);

        public Dictionary<string, AppleCursor> Cursors { get; } = new Dictionary<string, AppleCursor>(StringComparer.Ordinal);

        public int TokensIssued { get; set; }

        public string NewId() => (_nextId += (ulong)(1 + _random.Next(0, 500))).ToString(CultureInfo.InvariantCulture);

        public string NewEtag() => NewGuid().ToString("D");

        public string NewOpaque(int length)
        {
            const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            var chars = new char[length];
            for (var i = 0; i < length; i++) chars[i] = alphabet[_random.Next(alphabet.Length)];
            return new string(chars);
        }

        public AppleCallerIdRecord? Find(string id) => CallerIds.FirstOrDefault(c => c.Id == id);

        public AppleCallerIdRecord? FindNumber(string phoneNumber) => CallerIds.FirstOrDefault(c => c.PhoneNumber == phoneNumber);

        /// <summary>Stable list order: newest first, then by id, as cursors need.</summary>
        public IEnumerable<AppleCallerIdRecord> Ordered() =>
            CallerIds.OrderByDescending(c => c.CreatedDate).ThenBy(c => c.Id, StringComparer.Ordinal);

        public static DateTimeOffset Whole(DateTimeOffset value)
        {
            var utc = value.ToUniversalTime();
            return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, TimeSpan.Zero);
        }

        private Guid NewGuid() => _random.NextGuid(version: 1);

        private void Seed(AppleEmulatorOptions options, DateTimeOffset now)
        {
            for (var i = 0; i < options.SeededCallerIds; i++)
            {
                string number;
                do
                {
                    // Toll-free and fictional 555-01xx numbers: US only, as Apple allows.
                    number = i == 0 ? "+18007777777" : "+1" + (i % 2 == 0 ? "800" : "888") + _random.Next(2000000, 9999999).ToString(CultureInfo.InvariantCulture);
                }
                while (number == ReservedExampleNumber || options.BlockedNumbers.Contains(number) || FindNumber(number) != null);

                // Spread over the last year, so "created in the last 30 days" finds some; whole seconds, as Apple writes them.
                var created = Whole(now).AddMinutes(-_random.Next(60, 365 * 24 * 60));
                var updated = _random.Next(3) == 0 ? created : created.AddMinutes(_random.Next(1, (int)Math.Max(2, (now - created).TotalMinutes)));
                CallerIds.Add(new AppleCallerIdRecord
                {
                    Id = NewId(),
                    PhoneNumber = number,
                    Department = Departments[i % Departments.Length],
                    State = SeedStates[i % SeedStates.Length],
                    Etag = NewEtag(),
                    CreatedDate = created,
                    UpdatedDate = updated,
                });
            }

            SeedSharedNumbers(now);
        }

        /// <summary>After the seed above, so nothing seeded before changes: two numbers the other sandboxes rent (see SharedSandboxNumbers).</summary>
        private void SeedSharedNumbers(DateTimeOffset now)
        {
            var shared = new[] { SharedSandboxNumbers.ReleasedButBranded, SharedSandboxNumbers.RentedAndBranded };
            for (var i = 0; i < shared.Length; i++)
            {
                var created = Whole(now).AddDays(-200 - i);
                CallerIds.Add(new AppleCallerIdRecord
                {
                    Id = NewId(),
                    PhoneNumber = shared[i],
                    Department = Departments[0],
                    State = "PUBLISHED",
                    Etag = NewEtag(),
                    CreatedDate = created,
                    UpdatedDate = created.AddDays(2),
                });
            }
        }
    }
}

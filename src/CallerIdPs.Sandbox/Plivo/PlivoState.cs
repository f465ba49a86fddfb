using System;
using CallerIdPs.Sandbox.Framework;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CallerIdPs.Sandbox.Plivo
{
    /// <summary>How a record's timestamps are written. The spec shows all three forms, so clients must parse them all.</summary>
    internal enum PlivoTimeStyle
    {
        /// <summary>RFC 3339, microseconds with trailing zeros dropped: 2023-09-25T14:40:38.68729Z (the list example).</summary>
        Micro,
        /// <summary>RFC 3339 with nanoseconds: 2023-09-25T13:10:39.968133341Z (.NET's parser rejects it by default).</summary>
        Nano,
        /// <summary>The form one doc page claims: 2023-09-25 13:10:39.</summary>
        Plain,
    }

    /// <summary>A moment with nanosecond precision, written in one of the spec's forms.</summary>
    internal readonly struct PlivoTime : IComparable<PlivoTime>
    {
        public PlivoTime(DateTimeOffset second, int nanos, PlivoTimeStyle style)
        {
            Second = second;
            Nanos = style == PlivoTimeStyle.Plain ? 0 : nanos;
            Style = style;
        }

        /// <summary>Whole seconds, UTC.</summary>
        public DateTimeOffset Second { get; }

        /// <summary>Fraction of the second, 0–999,999,999.</summary>
        public int Nanos { get; }

        public PlivoTimeStyle Style { get; }

        public static PlivoTime From(DateTimeOffset value, PlivoTimeStyle style)
        {
            var utc = value.ToUniversalTime();
            var second = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, TimeSpan.Zero);
            return new PlivoTime(second, (int)((utc.Ticks % TimeSpan.TicksPerSecond) * 100), style);
        }

        public DateTimeOffset Value => Second.AddTicks(Nanos / 100);

        public int CompareTo(PlivoTime other)
        {
            var bySecond = Second.CompareTo(other.Second);
            return bySecond != 0 ? bySecond : Nanos.CompareTo(other.Nanos);
        }

        public override string ToString()
        {
            switch (Style)
            {
                case PlivoTimeStyle.Plain:
                    return Second.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                case PlivoTimeStyle.Nano:
                    return Second.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "."
                        + Nanos.ToString("D9", CultureInfo.InvariantCulture) + "Z";
                default:
                    var micro = (Nanos / 1000).ToString("D6", CultureInfo.InvariantCulture).TrimEnd('0');
                    return Second.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (micro.Length > 0 ? "." + micro : "") + "Z";
            }
        }
    }

    internal sealed class PlivoCallerId
    {
        public string PhoneNumber { get; set; } = "";
        public string Alias { get; set; } = "";
        public string Country { get; set; } = "";
        /// <summary>A subaccount's Auth ID, or "" when the caller ID belongs to the main account.</summary>
        public string Subaccount { get; set; } = "";
        public string VerificationUuid { get; set; } = "";
        public PlivoTime CreatedAt { get; set; }
        public PlivoTime ModifiedAt { get; set; }
    }

    internal sealed class PlivoVerification
    {
        public string Uuid { get; set; } = "";
        public string PhoneNumber { get; set; } = "";
        public string Alias { get; set; } = "";
        public string Channel { get; set; } = "sms";
        public string Subaccount { get; set; } = "";
        public string Otp { get; set; } = "";
        public DateTimeOffset StartedAt { get; set; }
        public bool Completed { get; set; }
    }

    /// <summary>The account's verified caller IDs and verifications in progress. Not thread-safe: the emulator's gate guards it.</summary>
    internal sealed class PlivoState
    {
        /// <summary>The design page's example number; never seeded, so verifying it always works.</summary>
        public const string ReservedExampleNumber = "+14155550100";

        private static readonly DateTimeOffset SeedEpoch = new DateTimeOffset(2023, 1, 2, 0, 0, 0, TimeSpan.Zero);

        private static readonly string[] NamedAliases =
        {
            "HQ", "Support", "Sales", "old-sales", "Billing", "old-billing", "Front desk", "old-support", "Night line",
            "London office", "old-marketing", "Mumbai office", "Sydney office", "Toronto desk", "Berlin office", "Support",
        };

        private static readonly string[] CanadianAreaCodes =
        {
            "204", "226", "236", "249", "250", "289", "306", "343", "365", "403", "416", "418", "431", "437", "438", "450",
            "506", "514", "519", "548", "579", "581", "587", "604", "613", "639", "647", "705", "709", "778", "780", "782",
            "807", "819", "825", "867", "873", "902", "905",
        };

        private readonly Random _random;

        public PlivoState(PlivoEmulatorOptions options)
        {
            _random = new Random(options.Seed);
            Seed(options);
        }

        public List<PlivoCallerId> CallerIds { get; } = new List<PlivoCallerId>();

        public List<PlivoVerification> Verifications { get; } = new List<PlivoVerification>();

        public int VerificationsStarted { get; set; }

        public Guid NewGuid() => _random.NextGuid();

        public string NewOtp() => _random.Next(0, 1000000).ToString("D6", CultureInfo.InvariantCulture);

        public PlivoCallerId? Find(string phoneNumber) => CallerIds.FirstOrDefault(c => c.PhoneNumber == phoneNumber);

        /// <summary>Stable list order: oldest first, then by number.</summary>
        public IEnumerable<PlivoCallerId> Ordered() =>
            CallerIds.OrderBy(c => c.CreatedAt).ThenBy(c => c.PhoneNumber, StringComparer.Ordinal);

        /// <summary>The ISO country of an E.164 number, or "" when the emulator does not know its calling code.</summary>
        public static string CountryOf(string e164)
        {
            if (e164.StartsWith("+1", StringComparison.Ordinal))
            {
                return e164.Length >= 5 && CanadianAreaCodes.Contains(e164.Substring(2, 3)) ? "CA" : "US";
            }

            var codes = new[] { ("44", "GB"), ("91", "IN"), ("61", "AU"), ("49", "DE"), ("65", "SG"), ("33", "FR"), ("34", "ES"), ("52", "MX"), ("55", "BR"), ("81", "JP"), ("31", "NL") };
            foreach (var (code, country) in codes)
            {
                if (e164.StartsWith("+" + code, StringComparison.Ordinal)) return country;
            }

            return "";
        }

        private void Seed(PlivoEmulatorOptions options)
        {
            var subaccounts = options.SubaccountAuthIds.ToList();
            for (var i = 0; i < options.SeededCallerIds; i++)
            {
                var (number, country) = NewNumber(i);
                var style = i % 9 == 4 ? PlivoTimeStyle.Nano : (i == 10 || i == 25 ? PlivoTimeStyle.Plain : PlivoTimeStyle.Micro);
                var created = Moment(SeedEpoch.AddSeconds(_random.Next(0, 900 * 24 * 3600)), style);
                var modified = _random.Next(3) == 0 ? created : Moment(created.Second.AddSeconds(_random.Next(60, 200 * 24 * 3600)), style);
                var subaccount = "";
                if (subaccounts.Count > 0 && (i % 6 == 2 || i % 6 == 4))
                {
                    subaccount = subaccounts[(i / 6) % subaccounts.Count];
                }

                CallerIds.Add(new PlivoCallerId
                {
                    PhoneNumber = number,
                    Alias = i < NamedAliases.Length ? NamedAliases[i] : "Agent " + (i + 1).ToString("D2", CultureInfo.InvariantCulture),
                    // The spec warns that country may be "": two seeded records have none.
                    Country = i == 7 || i == 30 ? "" : country,
                    Subaccount = subaccount,
                    VerificationUuid = NewGuid().ToString("D"),
                    CreatedAt = created,
                    ModifiedAt = modified,
                });
            }
        }

        private PlivoTime Moment(DateTimeOffset second, PlivoTimeStyle style)
        {
            // Nanosecond fractions end in a non-zero digit so all nine digits show.
            var nanos = style == PlivoTimeStyle.Nano ? (_random.Next(0, 99999999) * 10) + 1 + _random.Next(9) : _random.Next(0, 1000000) * 1000;
            return new PlivoTime(second, nanos, style);
        }

        private (string Number, string Country) NewNumber(int index)
        {
            while (true)
            {
                string number, country;
                switch (index % 7)
                {
                    case 0:
                    case 5:
                        // US: NPA + 555-01xx, the fictional range.
                        country = "US";
                        number = "+1" + Pick("202", "212", "312", "415", "617", "646", "702", "206") + "55501" + Digits(2);
                        break;
                    case 1:
                        // GB mobile drama range: +44 7700 900xxx (10 national digits).
                        country = "GB";
                        number = "+447700900" + Digits(3);
                        break;
                    case 2:
                        // IN mobile: +91 and 10 digits starting 7, 8 or 9.
                        country = "IN";
                        number = "+91" + Pick("7", "8", "9") + Digits(9);
                        break;
                    case 3:
                        // AU mobile drama range: +61 491 570 xxx (9 national digits).
                        country = "AU";
                        number = "+61491570" + Digits(3);
                        break;
                    case 4:
                        country = "CA";
                        number = "+1" + Pick("416", "604", "514", "613") + "55501" + Digits(2);
                        break;
                    default:
                        // DE Berlin: +49 30 and 8 digits.
                        country = "DE";
                        number = "+4930" + Digits(8);
                        break;
                }

                if (number != ReservedExampleNumber && Find(number) == null)
                {
                    return (number, country);
                }
            }
        }

        private string Pick(params string[] choices) => choices[_random.Next(choices.Length)];

        private string Digits(int count)
        {
            var chars = new char[count];
            for (var i = 0; i < count; i++) chars[i] = (char)('0' + _random.Next(10));
            return new string(chars);
        }
    }
}

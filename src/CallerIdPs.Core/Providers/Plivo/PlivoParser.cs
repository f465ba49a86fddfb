using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CallerIdPs.Json;
using CallerIdPs.Model;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.Plivo
{
    /// <summary>Plivo's bodies into the output model. Pure functions: the example bodies of plivo.md go straight through them.</summary>
    internal static class PlivoParser
    {
        private static readonly Regex ValidFor = new Regex(@"valid for (\d+) minutes?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>What Plivo documents: the code holds for 15 minutes.</summary>
        public static readonly TimeSpan DocumentedOtpLifetime = TimeSpan.FromMinutes(15);

        public static PlivoCallerId CallerId(JsonElement element, RecordOrigin origin, bool stable = false)
        {
            var wire = element.Deserialize<PlivoCallerIdWire>(ProviderJson.Options) ?? new PlivoCallerIdWire();
            var number = Number(wire.PhoneNumber);
            var item = new PlivoCallerId
            {
                Id = number,
                PhoneNumber = number,
                Name = Blank(wire.Alias),
                Country = Blank(wire.Country)?.ToUpperInvariant(),
                CreatedAt = wire.CreatedAt,
                UpdatedAt = wire.ModifiedAt ?? wire.CreatedAt,
                Subaccount = Blank(wire.Subaccount),
                VerificationId = Blank(wire.VerificationUuid),
                Channel = Channel(wire.Channel),
                ResourceUri = Blank(wire.ResourceUri),
            };
            item.SetOrigin(origin, element, stable);
            return item;
        }

        /// <summary>A page of Plivo's list: the items, total_count, and whether meta.next points further.</summary>
        public static Page<PlivoCallerId> Page(JsonDocument document, RecordOrigin origin)
        {
            var root = document.RootElement.Clone();
            var meta = root.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Object
                ? m.Deserialize<PlivoListMetaWire>(ProviderJson.Options) ?? new PlivoListMetaWire()
                : new PlivoListMetaWire();
            var items = root.TryGetProperty("objects", out var objects) && objects.ValueKind == JsonValueKind.Array
                ? objects.EnumerateArray().Select(o => CallerId(o, origin, stable: true)).ToList()
                : new List<PlivoCallerId>();
            return new Page<PlivoCallerId>(items, meta.TotalCount, hasNext: !string.IsNullOrEmpty(meta.Next));
        }

        public static CallerIdVerification Started(JsonDocument document, RecordOrigin origin, VerificationRequest request, DateTimeOffset now)
        {
            var wire = document.RootElement.Deserialize<PlivoStartWire>(ProviderJson.Options) ?? new PlivoStartWire();
            if (string.IsNullOrEmpty(wire.VerificationUuid))
            {
                throw new JsonException("The answer has no verification_uuid.");
            }

            var verification = new CallerIdVerification
            {
                Id = wire.VerificationUuid!,
                PhoneNumber = request.PhoneNumber,
                Name = request.Alias,
                Channel = request.Channel,
                Subaccount = request.Subaccount,
                StartedAt = now,
                ExpiresAt = now + LifetimeFrom(wire.Message),
                Message = wire.Message,
            };
            verification.SetOrigin(origin, document.RootElement);
            return verification;
        }

        /// <summary>The message says how long the code holds ("valid for 15 minutes"); the documented 15 minutes otherwise.</summary>
        public static TimeSpan LifetimeFrom(string? message)
        {
            var match = message == null ? null : ValidFor.Match(message);
            return match != null && match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes > 0 && minutes <= 24 * 60
                ? TimeSpan.FromMinutes(minutes)
                : DocumentedOtpLifetime;
        }

        public static string? ErrorMessage(JsonElement root) =>
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error)
                ? error.ValueKind == JsonValueKind.String ? error.GetString() : error.ToString()
                : null;

        public static string? ApiId(JsonElement root) =>
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty("api_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

        private static VerificationChannel? Channel(string? text)
        {
            switch ((text ?? "").Trim().ToLowerInvariant())
            {
                case "sms": return VerificationChannel.Sms;
                case "call": return VerificationChannel.Call;
                default: return null;
            }
        }

        // Plivo's paths and some fixtures drop the '+'; the model always carries E.164.
        private static string Number(string? text) => PlivoNumberParser.E164(text);

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>What Start-CallerIdVerification asked for, checked.</summary>
    internal sealed class VerificationRequest
    {
        public string PhoneNumber { get; set; } = "";
        public string? Alias { get; set; }
        public VerificationChannel Channel { get; set; } = VerificationChannel.Sms;
        public string? Subaccount { get; set; }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Json;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>Caller-ID pages, read in one typed pass from the body for speed on long listings; each record's raw JSON is parsed only when asked for.</summary>
    internal static partial class TwoChatParser
    {
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
    }
}

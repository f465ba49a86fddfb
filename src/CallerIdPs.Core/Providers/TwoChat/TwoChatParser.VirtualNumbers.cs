using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Json;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>Virtual-number pages and records (also inside purchase answers).</summary>
    internal static partial class TwoChatParser
    {
        public static Page<TwoChatVirtualNumber> VirtualNumberPage(JsonDocument document, RecordOrigin origin)
        {
            // One clone per page: every record keeps its element of it, instead of cloning its own.
            var page = document.RootElement.Clone();
            var items = Items(page, "numbers").Select(e => VirtualNumber(e, origin, stable: true)).ToList();
            return new Page<TwoChatVirtualNumber>(items, Total(page));
        }

        public static TwoChatVirtualNumber VirtualNumber(JsonElement element, RecordOrigin origin, bool stable = false)
        {
            var wire = Read<VirtualNumberWire>(element);
            var status = StatusOf(wire.StatusText);
            var record = new TwoChatVirtualNumber
            {
                Id = wire.Uuid ?? "",
                PhoneNumber = wire.PhoneNumber ?? "",
                Name = wire.FriendlyName,
                Country = Upper(wire.IsoCountryCode),
                Active = status == VirtualNumberStatus.Active,
                CreatedAt = wire.CreatedAt,
                FormattedNumber = wire.FormattedPhoneNumber,
                Region = wire.RegionName,
                Emoji = wire.Emoji,
                Type = NumberTypes.Parse(wire.ProviderType),
                IsTollFree = wire.IsTollFree ?? false,
                RecordInbound = wire.RecordInbound ?? false,
                PricedPerMinute = wire.PricedPerMinute ?? false,
                IncomingPricePerMinute = wire.IncomingPricePerMinute,
                IvrId = wire.IvrUuid,
                TimeZone = wire.Timezone,
                Status = status,
                StatusCode = wire.Status,
                AccountId = wire.AccountUuid,
                UpdatedAt = wire.UpdatedAt,
                ExpiresAt = wire.ExpiresAt,
            };
            record.SetOrigin(origin, element, stable);
            return record;
        }

        private static VirtualNumberStatus StatusOf(string? text)
        {
            var compact = (text ?? "").Replace("_", "");
            return IsName(compact) && Enum.TryParse<VirtualNumberStatus>(compact, true, out var status) ? status : VirtualNumberStatus.Unknown;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text.Json;
using CallerIdPs.Json;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>Caller-ID pages, read in one pass from the body for speed on long listings; each record's raw JSON is parsed only when asked for.</summary>
    internal static partial class TwoChatParser
    {
        /// <summary>
        /// A caller-ID page straight from the body in one pass: the page's own fields are walked here, each record is read
        /// by the serializer (the same lenient rules as every wire type), and each record keeps a copy of only its own JSON
        /// text for <see cref="ProviderRecord.Raw"/>, so a listing held in a variable does not keep every page body alive.
        /// Null when 2Chat answered success:false, which the caller reports with 2Chat's message.
        /// </summary>
        public static Page<TwoChatCallerId>? CallerIdPage(byte[] body, RecordOrigin origin)
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read()) throw new JsonException("The page is empty.");
            if (reader.TokenType == JsonTokenType.Null) return Finish(ref reader, new Page<TwoChatCallerId>(new List<TwoChatCallerId>(), null));
            if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"Expected an object, found {reader.TokenType}.");

            bool? success = null;
            long? count = null;
            var items = new List<TwoChatCallerId>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("success"))
                {
                    reader.Read();
                    success = JsonSerializer.Deserialize<bool?>(ref reader, ProviderJson.Options);
                }
                else if (reader.ValueTextEquals("count"))
                {
                    reader.Read();
                    count = JsonSerializer.Deserialize<long?>(ref reader, ProviderJson.Options);
                }
                else if (reader.ValueTextEquals("caller_ids"))
                {
                    reader.Read();
                    items = CallerIds(ref reader, body, origin);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return success == false ? null : Finish(ref reader, new Page<TwoChatCallerId>(items, count));
        }

        /// <summary>Nothing may follow the page (the serializer's rule for a whole body): reading on throws if something does.</summary>
        private static Page<TwoChatCallerId> Finish(ref Utf8JsonReader reader, Page<TwoChatCallerId> page)
        {
            if (reader.Read()) throw new JsonException("The page has more after its end.");
            return page;
        }

        private static List<TwoChatCallerId> CallerIds(ref Utf8JsonReader reader, byte[] body, RecordOrigin origin)
        {
            var items = new List<TwoChatCallerId>();
            var shared = new SharedStrings();
            if (reader.TokenType == JsonTokenType.Null) return items;
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"'caller_ids' should be a list but is {reader.TokenType}.");

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                var wire = JsonSerializer.Deserialize<CallerIdWire>(ref reader, ProviderJson.Options)
                    ?? throw new JsonException($"caller_ids[{items.Count}] is null.");
                var record = CallerIdFrom(wire, shared);
                record.SetOrigin(origin, body.AsMemory(start, (int)reader.BytesConsumed - start));
                items.Add(record);
            }

            return items;
        }

        /// <summary>
        /// Values every record of a page repeats (its account, mostly one country) kept as one string, not one per record:
        /// a listing held in a variable keeps ~1 MB less per 10,000 caller IDs.
        /// </summary>
        private sealed class SharedStrings
        {
            private string? _account;
            private string? _country;

            public string? Account(string? value) => Same(value, ref _account);

            public string? Country(string? value) => Same(value, ref _country);

            private static string? Same(string? value, ref string? last) =>
                value != null && string.Equals(value, last, StringComparison.Ordinal) ? last : (last = value);
        }

        private static TwoChatCallerId CallerIdFrom(CallerIdWire wire, SharedStrings shared) =>
            new TwoChatCallerId
            {
                Id = wire.Uuid ?? "",
                PhoneNumber = wire.PhoneNumber ?? "",
                Name = wire.FriendlyName,
                Country = shared.Country(Upper(wire.IsoCountryCode)),
                Type = IsName(wire.Type) && Enum.TryParse<CallerIdType>(wire.Type, true, out var type) ? type : (CallerIdType?)null,
                Verified = wire.Verified ?? false,
                ChannelId = wire.ChannelUuid,
                AccountId = shared.Account(wire.AccountUuid),
                CreatedAt = wire.CreatedAt,
                UpdatedAt = wire.UpdatedAt,
                ExpiresAt = wire.ExpiresAt,
            };
    }
}

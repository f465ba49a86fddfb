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
        /// field by field with the same lenient converters as every wire type, and each record keeps a copy of only its own JSON
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
                    success = ReadFlag(ref reader);
                }
                else if (reader.ValueTextEquals("count"))
                {
                    count = ReadWhole(ref reader);
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
            var wire = new CallerIdWire(); // one per page, refilled for each record: it is mapped before the next is read
            if (reader.TokenType == JsonTokenType.Null) return items;
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"'caller_ids' should be a list but is {reader.TokenType}.");

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                var record = CallerIdFrom(ReadCallerId(ref reader, items.Count, wire), shared);
                record.SetOrigin(origin, body.AsMemory(start, (int)reader.BytesConsumed - start));
                items.Add(record);
            }

            return items;
        }

        private static readonly LenientStringConverter Text = new LenientStringConverter();
        private static readonly LenientDateTimeOffsetConverter Timestamp = new LenientDateTimeOffsetConverter();

        /// <summary>
        /// One record, read field by field with the converters <see cref="ProviderJson.Options"/> applies to
        /// <see cref="CallerIdWire"/>: one pass over its bytes (the serializer's reader overload scans a value twice).
        /// </summary>
        private static CallerIdWire ReadCallerId(ref Utf8JsonReader reader, int index, CallerIdWire wire)
        {
            if (reader.TokenType == JsonTokenType.Null) throw new JsonException($"caller_ids[{index}] is null.");
            if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"caller_ids[{index}] should be an object but is {reader.TokenType}.");

            wire.Uuid = wire.PhoneNumber = wire.FriendlyName = wire.IsoCountryCode = wire.Type = wire.AccountUuid = wire.ChannelUuid = null;
            wire.Verified = null;
            wire.CreatedAt = wire.UpdatedAt = wire.ExpiresAt = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("uuid")) wire.Uuid = ReadText(ref reader);
                else if (reader.ValueTextEquals("phone_number")) wire.PhoneNumber = ReadText(ref reader);
                else if (reader.ValueTextEquals("friendly_name")) wire.FriendlyName = ReadText(ref reader);
                else if (reader.ValueTextEquals("iso_country_code")) wire.IsoCountryCode = ReadText(ref reader);
                else if (reader.ValueTextEquals("type")) wire.Type = ReadText(ref reader);
                else if (reader.ValueTextEquals("account_uuid")) wire.AccountUuid = ReadText(ref reader);
                else if (reader.ValueTextEquals("channel_uuid")) wire.ChannelUuid = ReadText(ref reader);
                else if (reader.ValueTextEquals("verified")) wire.Verified = ReadFlag(ref reader);
                else if (reader.ValueTextEquals("created_at")) wire.CreatedAt = ReadTimestamp(ref reader);
                else if (reader.ValueTextEquals("updated_at")) wire.UpdatedAt = ReadTimestamp(ref reader);
                else if (reader.ValueTextEquals("expires_at")) wire.ExpiresAt = ReadTimestamp(ref reader);
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return wire;
        }

        private static string? ReadText(ref Utf8JsonReader reader)
        {
            reader.Read();
            return Text.Read(ref reader, typeof(string), ProviderJson.Options);
        }

        private static DateTimeOffset? ReadTimestamp(ref Utf8JsonReader reader)
        {
            reader.Read();
            return Timestamp.Read(ref reader, typeof(DateTimeOffset?), ProviderJson.Options);
        }

        /// <summary>A count as the serializer reads a long? under <see cref="ProviderJson.Options"/>: a number, or a number in a string.</summary>
        private static long? ReadWhole(ref Utf8JsonReader reader)
        {
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.Null: return null;
                case JsonTokenType.Number when reader.TryGetInt64(out var number): return number;
                case JsonTokenType.String when long.TryParse(reader.GetString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number): return number;
                default: throw new JsonException($"Expected a whole number, found {reader.TokenType}.");
            }
        }

        private static bool? ReadFlag(ref Utf8JsonReader reader)
        {
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.True: return true;
                case JsonTokenType.False: return false;
                case JsonTokenType.Null: return null;
                default: throw new JsonException($"Expected true or false, found {reader.TokenType}.");
            }
        }

        /// <summary>
        /// Values every record of a page repeats (its account, mostly one country) kept as one string, not one per record:
        /// a listing held in a variable keeps ~1 MB less per 10,000 caller IDs (so does a name that is the number).
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

        private static TwoChatCallerId CallerIdFrom(CallerIdWire wire, SharedStrings shared)
        {
            var phone = wire.PhoneNumber ?? "";
            return new TwoChatCallerId
            {
                Id = wire.Uuid ?? "",
                PhoneNumber = phone,
                Name = string.Equals(wire.FriendlyName, phone, StringComparison.Ordinal) ? phone : wire.FriendlyName, // 2Chat's default name is the number
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
}

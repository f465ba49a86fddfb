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
                var record = CallerIdFrom(ReadCallerId(ref reader, items.Count, wire, shared), shared);
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
        private static CallerIdWire ReadCallerId(ref Utf8JsonReader reader, int index, CallerIdWire wire, SharedStrings shared)
        {
            if (reader.TokenType == JsonTokenType.Null) throw new JsonException($"caller_ids[{index}] is null.");
            if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"caller_ids[{index}] should be an object but is {reader.TokenType}.");

            wire.Uuid = wire.PhoneNumber = wire.FriendlyName = wire.IsoCountryCode = wire.Type = wire.AccountUuid = wire.ChannelUuid = null;
            wire.Verified = null;
            wire.CreatedAt = wire.UpdatedAt = wire.ExpiresAt = null;
            var expected = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                switch (FieldAt(ref reader, ref expected))
                {
                    case CallerIdField.Uuid: wire.Uuid = ReadText(ref reader); break;
                    case CallerIdField.AccountUuid: wire.AccountUuid = shared.Account(ref reader); break;
                    case CallerIdField.ChannelUuid: wire.ChannelUuid = ReadText(ref reader); break;
                    case CallerIdField.PhoneNumber: wire.PhoneNumber = ReadText(ref reader); break;
                    case CallerIdField.FriendlyName: wire.FriendlyName = ReadTextOr(ref reader, wire.PhoneNumber); break;
                    case CallerIdField.IsoCountryCode: wire.IsoCountryCode = shared.Country(ref reader); break;
                    case CallerIdField.Type: wire.Type = shared.Type(ref reader); break;
                    case CallerIdField.Verified: wire.Verified = ReadFlag(ref reader); break;
                    case CallerIdField.CreatedAt: wire.CreatedAt = ReadTimestamp(ref reader); break;
                    case CallerIdField.UpdatedAt: wire.UpdatedAt = ReadTimestamp(ref reader); break;
                    case CallerIdField.ExpiresAt: wire.ExpiresAt = ReadTimestamp(ref reader); break;
                    default:
                        reader.Read();
                        reader.Skip();
                        break;
                }
            }

            return wire;
        }

        /// <summary>A record's fields, in the order 2Chat writes them.</summary>
        private enum CallerIdField
        {
            Uuid,
            AccountUuid,
            ChannelUuid,
            PhoneNumber,
            FriendlyName,
            IsoCountryCode,
            Type,
            Verified,
            CreatedAt,
            UpdatedAt,
            ExpiresAt,
            Other,
        }

        private static readonly byte[][] FieldNames =
        {
            "uuid"u8.ToArray(), "account_uuid"u8.ToArray(), "channel_uuid"u8.ToArray(), "phone_number"u8.ToArray(),
            "friendly_name"u8.ToArray(), "iso_country_code"u8.ToArray(), "type"u8.ToArray(), "verified"u8.ToArray(),
            "created_at"u8.ToArray(), "updated_at"u8.ToArray(), "expires_at"u8.ToArray(),
        };

        /// <summary>
        /// The field a property name is, trying first the one that follows the last found (<paramref name="expected"/>):
        /// in 2Chat's own order every name matches at its first comparison, and any other order still finds its field.
        /// </summary>
        private static CallerIdField FieldAt(ref Utf8JsonReader reader, ref int expected)
        {
            if (expected < FieldNames.Length && reader.ValueTextEquals(FieldNames[expected]))
            {
                return (CallerIdField)expected++;
            }

            for (var i = 0; i < FieldNames.Length; i++)
            {
                if (i != expected && reader.ValueTextEquals(FieldNames[i]))
                {
                    expected = i + 1;
                    return (CallerIdField)i;
                }
            }

            return CallerIdField.Other;
        }

        private static string? ReadText(ref Utf8JsonReader reader)
        {
            reader.Read();
            return TextHere(ref reader);
        }

        /// <summary>The value at the reader, as the lenient converter reads text; a string without a detour through it.</summary>
        private static string? TextHere(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.String ? reader.GetString() : Text.Read(ref reader, typeof(string), ProviderJson.Options);

        /// <summary>Text that is often <paramref name="likely"/> (a name that is the number): that very string when equal, nothing allocated.</summary>
        private static string? ReadTextOr(ref Utf8JsonReader reader, string? likely)
        {
            reader.Read();
            return likely != null && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(likely) ? likely : TextHere(ref reader);
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
                case JsonTokenType.String when JsonFields.TryWholeText(reader.GetString(), out var number): return number;
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
            private string? _type;
            private string? _typeName;
            private CallerIdType? _typeValue;

            public string? Account(ref Utf8JsonReader reader) => Same(ref reader, ref _account);

            public string? Country(ref Utf8JsonReader reader) => Same(ref reader, ref _country);

            public string? Type(ref Utf8JsonReader reader) => Same(ref reader, ref _type);

            private string? _countryText;
            private string? _countryCode;

            /// <summary>The country code a text gives, upper-cased once per distinct text of the page (compared by reference, as it is shared).</summary>
            public string? CountryOf(string? text)
            {
                if (!ReferenceEquals(text, _countryText))
                {
                    _countryText = text;
                    _countryCode = Upper(text);
                }

                return _countryCode;
            }

            /// <summary>The type a text names, parsed once per distinct text of the page (the text is shared, so compared by reference).</summary>
            public CallerIdType? TypeOf(string? text)
            {
                if (!ReferenceEquals(text, _typeName))
                {
                    _typeName = text;
                    _typeValue = IsName(text) && Enum.TryParse<CallerIdType>(text, true, out var type) ? type : (CallerIdType?)null;
                }

                return _typeValue;
            }

            /// <summary>The value at the next token, compared in place with the last one kept, so a repeat allocates nothing.</summary>
            private static string? Same(ref Utf8JsonReader reader, ref string? last)
            {
                reader.Read();
                if (last != null && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(last))
                {
                    return last;
                }

                var value = TextHere(ref reader);
                return value != null ? (last = value) : null;
            }
        }

        private static TwoChatCallerId CallerIdFrom(CallerIdWire wire, SharedStrings shared)
        {
            var phone = wire.PhoneNumber ?? "";
            return new TwoChatCallerId
            {
                Id = wire.Uuid ?? "",
                PhoneNumber = phone,
                Name = string.Equals(wire.FriendlyName, phone, StringComparison.Ordinal) ? phone : wire.FriendlyName, // 2Chat's default name is the number
                Country = shared.CountryOf(wire.IsoCountryCode),
                Type = shared.TypeOf(wire.Type),
                Verified = wire.Verified ?? false,
                ChannelId = wire.ChannelUuid,
                AccountId = wire.AccountUuid,
                CreatedAt = wire.CreatedAt,
                UpdatedAt = wire.UpdatedAt,
                ExpiresAt = wire.ExpiresAt,
            };
        }
    }
}

using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallerIdPs.Json
{
    /// <summary>Timestamps in any form <see cref="ProviderTimestamp"/> reads; empty strings read as missing.</summary>
    internal sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
    {
        public override bool HandleNull => true;

        public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"Expected a timestamp string, found {reader.TokenType}.");
            }

            // 2Chat's shape, on every one of its records ("…T02:24:40Z"), first, then the rest of RFC 3339 (up to seven fractional
            // digits), both straight from the UTF-8 bytes; nine digits, "YYYY-MM-DD HH:MM:SS" and the rest go through the lenient parser.
            if (!reader.HasValueSequence && UtcSecondsTimestamp.TryRead(reader.ValueSpan, out var exact))
            {
                return exact;
            }

            if (HasExplicitOffset(ref reader) && reader.TryGetDateTimeOffset(out var fast))
            {
                return fast.ToUniversalTime();
            }

            return FromText(reader.GetString());
        }

        /// <summary>A timestamp given as text, by the lenient parser: blank is missing, anything it cannot read is a JsonException.</summary>
        internal static DateTimeOffset? FromText(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (ProviderTimestamp.TryParse(text, out var value))
            {
                return value;
            }

            throw new JsonException($"'{text}' is not a timestamp the module understands.");
        }

        // Without Z or an offset the fast reader would take the local time zone; providers mean UTC, which the lenient parser assumes.
        private static bool HasExplicitOffset(ref Utf8JsonReader reader)
        {
            if (reader.HasValueSequence || reader.ValueSpan.Length < 20) return false;
            var span = reader.ValueSpan;
            var last = span[span.Length - 1];
            return last == (byte)'Z' || last == (byte)'z'
                || (span[span.Length - 3] == (byte)':' && (span[span.Length - 6] == (byte)'+' || span[span.Length - 6] == (byte)'-'));
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteStringValue(value.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            else writer.WriteNullValue();
        }
    }

    /// <summary>Prices sent as decimal strings ("3.50") by some endpoints and as numbers (3.5) by others.</summary>
    internal sealed class LenientDecimalConverter : JsonConverter<decimal?>
    {
        public override bool HandleNull => true;

        public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.Number:
                    return reader.GetDecimal();
                case JsonTokenType.String:
                    var text = reader.GetString();
                    if (string.IsNullOrWhiteSpace(text)) return null;
                    if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
                    throw new JsonException($"'{text}' is not a price the module understands.");
                default:
                    throw new JsonException($"Expected a price, found {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteStringValue(value.Value.ToString(CultureInfo.InvariantCulture));
            else writer.WriteNullValue();
        }
    }

    /// <summary>Strings that some providers send as numbers (or the reverse): read either as text.</summary>
    internal sealed class LenientStringConverter : JsonConverter<string?>
    {
        public override bool HandleNull => true;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null: return null;
                case JsonTokenType.String: return reader.GetString();
                case JsonTokenType.Number:
                case JsonTokenType.True:
                case JsonTokenType.False:
                    using (var doc = JsonDocument.ParseValue(ref reader)) return doc.RootElement.GetRawText();
                default:
                    throw new JsonException($"Expected text, found {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
        {
            if (value is null) writer.WriteNullValue();
            else writer.WriteStringValue(value);
        }
    }
}

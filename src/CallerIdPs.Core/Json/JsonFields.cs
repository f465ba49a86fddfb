using System;
using System.Globalization;
using System.Text.Json;

namespace CallerIdPs.Json
{
    /// <summary>
    /// A record's fields read straight from a <see cref="JsonElement"/> with the leniency of <see cref="ProviderJson.Options"/>
    /// (text from numbers and flags, whole numbers from numeric strings, any timestamp <see cref="ProviderTimestamp"/> reads),
    /// for bodies read once per connection: the serializer's first use builds its metadata by reflection, which cost about
    /// 50 ms of Connect-CallerIdProvider in a fresh process for 2Chat's /info alone. Missing and null fields are null; a
    /// field of the wrong kind throws <see cref="JsonException"/>, as the serializer does.
    /// </summary>
    internal static class JsonFields
    {
        /// <summary>The named object, or an undefined element (whose fields all read as null) when it is missing or null.</summary>
        public static JsonElement Object(JsonElement parent, string name)
        {
            if (!TryField(parent, name, out var value)) return default;
            if (value.ValueKind != JsonValueKind.Object) throw Mismatch(name, "an object", value);
            return value;
        }

        public static string? Text(JsonElement parent, string name)
        {
            if (!TryField(parent, name, out var value)) return null;
            switch (value.ValueKind)
            {
                case JsonValueKind.String: return value.GetString();
                case JsonValueKind.Number:
                case JsonValueKind.True:
                case JsonValueKind.False: return value.GetRawText();
                default: throw Mismatch(name, "text", value);
            }
        }

        public static bool? Flag(JsonElement parent, string name)
        {
            if (!TryField(parent, name, out var value)) return null;
            switch (value.ValueKind)
            {
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                default: throw Mismatch(name, "true or false", value);
            }
        }

        public static long? Whole(JsonElement parent, string name)
        {
            if (!TryField(parent, name, out var value)) return null;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)) return number;
            if (value.ValueKind == JsonValueKind.String && TryWholeText(value.GetString(), out number)) return number;
            throw Mismatch(name, "a whole number", value);
        }

        /// <summary>A whole number given as text ("60"), as the serializer reads one under AllowReadingFromString.</summary>
        public static bool TryWholeText(string? text, out long number) =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

        public static DateTimeOffset? Timestamp(JsonElement parent, string name)
        {
            if (!TryField(parent, name, out var value)) return null;
            if (value.ValueKind != JsonValueKind.String) throw Mismatch(name, "a timestamp string", value);
            return LenientDateTimeOffsetConverter.FromText(value.GetString());
        }

        private static bool TryField(JsonElement parent, string name, out JsonElement value)
        {
            value = default;
            return parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
        }

        private static JsonException Mismatch(string name, string expected, JsonElement value) =>
            new JsonException($"'{name}' should be {expected} but is {value.ValueKind}.");
    }
}

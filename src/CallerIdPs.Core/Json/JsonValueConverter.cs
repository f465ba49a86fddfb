using System.Collections.Generic;
using System.Text.Json;

namespace CallerIdPs.Json
{
    /// <summary>Turns a JSON element into plain .NET values that PowerShell shows and navigates naturally.</summary>
    internal static class JsonValueConverter
    {
        public static IDictionary<string, object?> ToDictionary(JsonElement element)
        {
            var result = new OrderedStringDictionary(element);
            if (element.ValueKind != JsonValueKind.Object)
            {
                return result;
            }

            foreach (var property in element.EnumerateObject())
            {
                result[property.Name] = ToValue(property.Value);
            }

            return result;
        }

        public static object? ToValue(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    return ToDictionary(element);
                case JsonValueKind.Array:
                    var list = new List<object?>();
                    foreach (var item in element.EnumerateArray())
                    {
                        list.Add(ToValue(item));
                    }

                    return list.ToArray();
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    if (element.TryGetInt64(out var whole)) return whole;
                    if (element.TryGetDecimal(out var exact)) return exact;
                    return element.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }

        public static string? AsText(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String: return element.GetString();
                case JsonValueKind.Number: return element.GetRawText();
                case JsonValueKind.True: return "true";
                case JsonValueKind.False: return "false";
                case JsonValueKind.Undefined:
                case JsonValueKind.Null: return null;
                default: return element.GetRawText();
            }
        }

        /// <summary>Insertion-ordered, case-insensitive keys (PowerShell users type $x.Raw.Region_Name as often as region_name).</summary>
        /// <summary>Its text is the record as compact JSON, so Export-Csv writes data, not the .NET type name.</summary>
        private sealed class OrderedStringDictionary : Dictionary<string, object?>
        {
            private readonly JsonElement _source;

            public OrderedStringDictionary(JsonElement source)
                : base(System.StringComparer.OrdinalIgnoreCase)
            {
                _source = source;
            }

            // Relaxed escaping: "+14155550100" stays readable instead of "\u002B14155550100".
            private static readonly JsonSerializerOptions Compact = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

            public override string ToString() => _source.ValueKind == JsonValueKind.Object ? JsonSerializer.Serialize(_source, Compact) : "{}";
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallerIdPs.Json
{
    /// <summary>The serializer settings every provider client shares: explicit names on the wire types, lenient scalars.</summary>
    internal static class ProviderJson
    {
        public static readonly JsonSerializerOptions Options = Create();

        private static JsonSerializerOptions Create()
        {
            var options = new JsonSerializerOptions
            {
                PropertyNameCaseInsensitive = false,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                NumberHandling = JsonNumberHandling.AllowReadingFromString,
            };
            options.Converters.Add(new LenientDateTimeOffsetConverter());
            options.Converters.Add(new LenientDecimalConverter());
            options.Converters.Add(new LenientStringConverter());
            return options;
        }
    }
}

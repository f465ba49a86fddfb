using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace CallerIdPs.Http
{
    /// <summary>
    /// Removes credentials from anything the pipeline logs: header values, query parameters and JSON fields known to
    /// hold secrets. Redaction is by name, so the secret itself never has to be kept around to be found.
    /// </summary>
    public static class SecretRedactor
    {
        public const string Mask = "***";

        private static readonly HashSet<string> SecretHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Authorization", "Proxy-Authorization", "X-User-API-Key", "X-Api-Key", "Cookie", "Set-Cookie",
        };

        private static readonly HashSet<string> SecretFields = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "client_secret", "clientSecret", "access_token", "accessToken", "refresh_token", "id_token", "token",
            "password", "auth_token", "authToken", "api_key", "apiKey", "secret", "otp",
        };

        public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

        public static bool IsSecretField(string name) => SecretFields.Contains(name);

        public static string HeaderValue(string name, IEnumerable<string> values)
        {
            if (!IsSecretHeader(name))
            {
                return string.Join(", ", values);
            }

            // Keep the scheme ("Bearer", "Basic") so a reader can tell which kind of credential went out.
            var first = values.FirstOrDefault() ?? "";
            var space = first.IndexOf(' ');
            return space > 0 && space < 16 ? first.Substring(0, space) + " " + Mask : Mask;
        }

        public static string Url(Uri uri)
        {
            if (string.IsNullOrEmpty(uri.Query))
            {
                return uri.ToString();
            }

            var pairs = uri.Query.TrimStart('?').Split('&').Select(pair =>
            {
                var eq = pair.IndexOf('=');
                var name = Uri.UnescapeDataString(eq < 0 ? pair : pair.Substring(0, eq));
                return eq >= 0 && IsSecretField(name) ? pair.Substring(0, eq + 1) + Mask : pair;
            });
            return uri.GetLeftPart(UriPartial.Path) + "?" + string.Join("&", pairs);
        }

        /// <summary>A JSON body with secret fields masked; anything that is not JSON is summarised, not shown.</summary>
        public static string Body(byte[]? body, string? mediaType, int maxChars = 4096)
        {
            if (body == null || body.Length == 0)
            {
                return "(empty)";
            }

            string text;
            try
            {
                using (var doc = JsonDocument.Parse(body))
                {
                    text = MaskJson(doc.RootElement);
                }
            }
            catch (JsonException)
            {
                var isForm = mediaType != null && mediaType.IndexOf("form", StringComparison.OrdinalIgnoreCase) >= 0;
                var isText = mediaType != null && (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("json"));
                if (isForm || !isText)
                {
                    return $"({body.Length} bytes of {mediaType ?? "unknown content"}, not shown)";
                }

                text = Encoding.UTF8.GetString(body);
            }

            return text.Length <= maxChars ? text : text.Substring(0, maxChars) + $"… ({text.Length - maxChars} more characters)";
        }

        private static string MaskJson(JsonElement root)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    Write(writer, root);
                }

                return Encoding.UTF8.GetString(stream.ToArray());
            }
        }

        private static void Write(Utf8JsonWriter writer, JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (var property in element.EnumerateObject())
                    {
                        writer.WritePropertyName(property.Name);
                        if (IsSecretField(property.Name) && property.Value.ValueKind != JsonValueKind.Null)
                        {
                            writer.WriteStringValue(Mask);
                        }
                        else
                        {
                            Write(writer, property.Value);
                        }
                    }

                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (var item in element.EnumerateArray())
                    {
                        Write(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }
    }
}

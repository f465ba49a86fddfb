using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Json;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>
    /// Turns 2Chat's bodies into output objects. Pure functions of the JSON (and of what the request asked for,
    /// since some bodies omit it: groups do not say their country). Throws <see cref="JsonException"/> on bodies it cannot read.
    /// </summary>
    internal static partial class TwoChatParser
    {
        public static TwoChatAccount Info(JsonDocument document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object && root.ValueKind != JsonValueKind.Null)
            {
                throw new JsonException($"The account should be an object but is {root.ValueKind}.");
            }

            var account = JsonFields.Object(root, "account");
            var limits = JsonFields.Object(root, "limits");
            var usage = JsonFields.Object(root, "usage");
            return new TwoChatAccount
            {
                Name = JsonFields.Text(account, "name"),
                Id = JsonFields.Text(account, "uuid"),
                OnTrial = JsonFields.Flag(account, "on_trial") ?? false,
                Blocked = JsonFields.Flag(account, "blocked") ?? false,
                ExpiresAt = JsonFields.Timestamp(account, "expires_at"),
                RequestsPerMinute = JsonFields.Whole(limits, "requests_per_minute"),
                ApiRequestCount = JsonFields.Whole(usage, "api_request_count"),
                MaxApiRequestCount = JsonFields.Whole(usage, "max_api_request_count"),
            };
        }

        /// <summary>2Chat's message field: error_message first, then message.</summary>
        public static string? MessageOf(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object) return null;
            foreach (var name in new[] { "error_message", "message" })
            {
                if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }

            return null;
        }

        /// <summary>The purchase-flow endpoints wrap their payload in {"success": true, "data": {…}}.</summary>
        private static JsonElement Data(JsonDocument document)
        {
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : root;
        }

        private static IEnumerable<JsonElement> Items(JsonElement container, string name)
        {
            if (container.ValueKind != JsonValueKind.Object || !container.TryGetProperty(name, out var items) || items.ValueKind == JsonValueKind.Null)
            {
                return Array.Empty<JsonElement>();
            }

            if (items.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException($"'{name}' should be a list but is {items.ValueKind}.");
            }

            return items.EnumerateArray();
        }

        private static long? Total(JsonElement root) =>
            root.TryGetProperty("count", out var count) && count.ValueKind == JsonValueKind.Number && count.TryGetInt64(out var total) ? total : (long?)null;

        private static T Read<T>(JsonElement element)
            where T : class, new()
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException($"Expected an object, found {element.ValueKind}.");
            }

            return element.Deserialize<T>(ProviderJson.Options) ?? new T();
        }

        /// <summary>Enum.TryParse reads "2" as the member with ordinal 2; 2Chat's types and states are words, so only words count.</summary>
        private static bool IsName(string? text) => !string.IsNullOrEmpty(text) && char.IsLetter(text![0]);

        private static string? Upper(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim().ToUpperInvariant();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Json;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.AppleBusiness
{
    /// <summary>A token as Apple issued it; the value is revealed only to the token handler.</summary>
    internal sealed class AppleAccessToken
    {
        public AppleAccessToken(string value, TimeSpan lifetime)
        {
            Value = value;
            Lifetime = lifetime;
        }

        public string Value { get; }
        public TimeSpan Lifetime { get; }

        public override string ToString() => $"Bearer token valid for {Lifetime.TotalSeconds:0} s";
    }

    /// <summary>Apple Business bodies into the output model. Pure functions: the example bodies of apple-business.md go straight through them.</summary>
    internal static class AppleParser
    {
        public static AppleCallerId CallerId(JsonElement element, RecordOrigin origin)
        {
            var wire = element.Deserialize<AppleCallerIdWire>(ProviderJson.Options) ?? new AppleCallerIdWire();
            if (string.IsNullOrEmpty(wire.Id))
            {
                throw new JsonException("A caller ID has no id.");
            }

            var number = (wire.CallerIdDetails?.PhoneNumber ?? "").Trim();
            var item = new AppleCallerId
            {
                Id = wire.Id!,
                PhoneNumber = number,
                // Apple takes US numbers only.
                Country = number.StartsWith("+1", StringComparison.Ordinal) ? "US" : null,
                CreatedAt = wire.CreatedDate,
                UpdatedAt = wire.UpdatedDate ?? wire.CreatedDate,
                State = State(wire.State),
                Department = Blank(wire.CallerIdDetails?.Department),
                Etag = Blank(wire.Etag)?.Trim('"'),
                OrganizationId = Blank(wire.OrgId),
                BrandId = Blank(wire.BrandId),
                ValidationReports = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("validationReports", out var reports)
                    ? Reports(reports)
                    : new AppleValidationReport[0],
            };
            item.SetOrigin(origin, element);
            return item;
        }

        /// <summary>The caller ID a create or update answered, with the etag header preferred over the body's.</summary>
        public static AppleCallerId Changed(JsonDocument document, RecordOrigin origin, string? etagHeader)
        {
            var item = CallerId(document.RootElement, origin);
            var header = Blank(etagHeader)?.Trim();
            if (header != null)
            {
                item.Etag = (header.StartsWith("W/", StringComparison.Ordinal) ? header.Substring(2) : header).Trim('"');
            }

            return item;
        }

        /// <summary>A page of Apple's list: the items, the total, and the cursor to continue from (null on the last page).</summary>
        public static Page<AppleCallerId> Page(JsonDocument document, RecordOrigin origin)
        {
            var root = document.RootElement;
            var items = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
                ? data.EnumerateArray().Select(e => CallerId(e, origin)).ToList()
                : new List<AppleCallerId>();
            long? total = root.TryGetProperty("total", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var n) ? n : (long?)null;
            string? after = null;
            if (root.TryGetProperty("pagination", out var pagination) && pagination.ValueKind == JsonValueKind.Object
                && pagination.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(next.GetString()))
            {
                after = pagination.TryGetProperty("cursors", out var cursors) && cursors.ValueKind == JsonValueKind.Object
                    && cursors.TryGetProperty("after", out var a) && a.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(a.GetString())
                    ? a.GetString()
                    : AfterIn(next.GetString()!);
                if (after == null)
                {
                    throw new JsonException("pagination.next is present but names no cursor to continue from.");
                }
            }

            return new Page<AppleCallerId>(items, total, nextCursor: after);
        }

        /// <summary>Validation reports or error problems, from an array or a single object.</summary>
        public static IReadOnlyList<AppleValidationReport> Reports(JsonElement element)
        {
            var problems = element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().ToList()
                : element.ValueKind == JsonValueKind.Object ? new List<JsonElement> { element }
                : new List<JsonElement>();
            return problems.Where(p => p.ValueKind == JsonValueKind.Object).Select(Report).ToList();
        }

        public static AppleAccessToken Token(JsonDocument document)
        {
            var wire = document.RootElement.Deserialize<AppleTokenWire>(ProviderJson.Options) ?? new AppleTokenWire();
            if (string.IsNullOrEmpty(wire.AccessToken))
            {
                throw new JsonException("The token answer has no access_token.");
            }

            if (wire.TokenType != null && !string.Equals(wire.TokenType, "Bearer", StringComparison.OrdinalIgnoreCase))
            {
                throw new JsonException($"The token type is '{wire.TokenType}', not Bearer.");
            }

            // No expires_in: assume Apple's documented hour.
            var seconds = wire.ExpiresIn.HasValue && wire.ExpiresIn.Value > 0 ? wire.ExpiresIn.Value : 3600;
            return new AppleAccessToken(wire.AccessToken!, TimeSpan.FromSeconds(seconds));
        }

        private static AppleValidationReport Report(JsonElement element)
        {
            var wire = element.Deserialize<AppleProblemWire>(ProviderJson.Options) ?? new AppleProblemWire();
            var fields = new List<string>();
            if (wire.Details.ValueKind == JsonValueKind.Object && wire.Details.TryGetProperty("submitted", out var submitted) && submitted.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in submitted.EnumerateArray())
                {
                    if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("field", out var field) && field.ValueKind == JsonValueKind.String)
                    {
                        fields.Add(field.GetString()!);
                    }
                }
            }

            return new AppleValidationReport
            {
                Code = wire.Code ?? "",
                Severity = Severity(wire.Severity),
                Message = Blank(wire.Message),
                Fields = fields,
            };
        }

        // An error without a severity (a plain {code, message}) stops the request, so it counts as a violation.
        private static ValidationSeverity Severity(string? text)
        {
            switch ((text ?? "").Trim().ToUpperInvariant())
            {
                case "WARNING": return ValidationSeverity.Warning;
                case "INFO": return ValidationSeverity.Info;
                default: return ValidationSeverity.Violation;
            }
        }

        private static AppleCallerIdState? State(string? text)
        {
            switch ((text ?? "").Trim().ToUpperInvariant())
            {
                case "SUBMITTED": return AppleCallerIdState.Submitted;
                case "PROCESSING": return AppleCallerIdState.Processing;
                case "PUBLISHED": return AppleCallerIdState.Published;
                case "FAILED": return AppleCallerIdState.Failed;
                case "REJECTED": return AppleCallerIdState.Rejected;
                case "DELETED": return AppleCallerIdState.Deleted;
                default: return null;
            }
        }

        private static string? AfterIn(string next)
        {
            var query = next.IndexOf('?');
            if (query < 0) return null;
            foreach (var pair in next.Substring(query + 1).Split('&'))
            {
                if (pair.StartsWith("after=", StringComparison.Ordinal) && pair.Length > 6)
                {
                    return Uri.UnescapeDataString(pair.Substring(6));
                }
            }

            return null;
        }

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
    }
}

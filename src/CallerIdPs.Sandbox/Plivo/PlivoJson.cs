using System;
using System.Text.Json.Nodes;

namespace CallerIdPs.Sandbox.Plivo
{
    /// <summary>Plivo's bodies, field for field as ../shared/providers/plivo.md shows them.</summary>
    internal static class PlivoJson
    {
        /// <summary>Every answer, error or not, carries a fresh api_id.</summary>
        public static string NewApiId() => Guid.NewGuid().ToString("D");

        public static JsonObject Error(string message) => new JsonObject { ["api_id"] = NewApiId(), ["error"] = message };

        /// <summary>get one (and update): {alias, api_id, country, created_at, modified_at, phone_number, subaccount, verification_uuid}.</summary>
        public static JsonObject One(PlivoCallerId c) => new JsonObject
        {
            ["alias"] = c.Alias,
            ["api_id"] = NewApiId(),
            ["country"] = c.Country,
            ["created_at"] = c.CreatedAt.ToString(),
            ["modified_at"] = c.ModifiedAt.ToString(),
            ["phone_number"] = c.PhoneNumber,
            ["subaccount"] = c.Subaccount,
            ["verification_uuid"] = c.VerificationUuid,
        };

        /// <summary>A list item, as the official SDK fixture shows it: no api_id, a resource_uri without "+" or trailing slash.</summary>
        public static JsonObject Listed(PlivoCallerId c, string authId) => new JsonObject
        {
            ["alias"] = c.Alias,
            ["country"] = c.Country,
            ["created_at"] = c.CreatedAt.ToString(),
            ["modified_at"] = c.ModifiedAt.ToString(),
            ["phone_number"] = c.PhoneNumber,
            ["resource_uri"] = $"/v1/Account/{authId}/VerifiedCallerId/{c.PhoneNumber.TrimStart('+')}",
            ["subaccount"] = c.Subaccount,
            ["verification_uuid"] = c.VerificationUuid,
        };

        /// <summary>complete verification: {alias, api_id, channel, country, created_at, phone_number, verification_uuid, subaccount}.</summary>
        public static JsonObject Verified(PlivoCallerId c, string channel) => new JsonObject
        {
            ["alias"] = c.Alias,
            ["api_id"] = NewApiId(),
            ["channel"] = channel,
            ["country"] = c.Country,
            ["created_at"] = c.CreatedAt.ToString(),
            ["phone_number"] = c.PhoneNumber,
            ["verification_uuid"] = c.VerificationUuid,
            ["subaccount"] = c.Subaccount,
        };
    }
}

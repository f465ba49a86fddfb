using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace CallerIdPs.Sandbox.AppleBusiness
{
    /// <summary>Apple Business bodies, field for field as ../shared/providers/apple-business.md shows them.</summary>
    internal static class AppleJson
    {
        public static string Time(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        /// <summary>{code, message, context, details}.</summary>
        public static JsonObject Problem(string code, string message, JsonObject? details = null) => new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["context"] = new JsonObject(),
            ["details"] = details ?? new JsonObject(),
        };

        /// <summary>A validation report: {code:"VALIDATION__…", severity, message, context, details:{submitted:[{field, value}]}}.</summary>
        public static JsonObject Report(string code, string severity, string message, string field, string value) => new JsonObject
        {
            ["code"] = "VALIDATION__" + code,
            ["severity"] = severity,
            ["message"] = message,
            ["context"] = new JsonObject { ["resourceType"] = "CALLER_ID" },
            ["details"] = new JsonObject
            {
                ["submitted"] = new JsonArray(new JsonObject { ["field"] = field, ["value"] = value }),
            },
        };

        public static JsonObject CallerId(AppleCallerIdRecord c, AppleEmulatorOptions options, JsonArray? validationReports = null)
        {
            var body = new JsonObject
            {
                ["orgId"] = options.OrganizationId,
                ["brandId"] = options.BrandId,
                ["id"] = c.Id,
                ["createdDate"] = Time(c.CreatedDate),
                ["updatedDate"] = Time(c.UpdatedDate),
                ["state"] = c.State,
                ["etag"] = c.Etag,
                ["callerIdDetails"] = new JsonObject { ["phoneNumber"] = c.PhoneNumber, ["department"] = c.Department },
            };
            if (validationReports != null)
            {
                body["validationReports"] = validationReports;
            }

            return body;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

// Apple Business's JSON, field for field as the provider documents it. Mapping to the output model is in AppleParser.
namespace CallerIdPs.Providers.AppleBusiness
{
    internal sealed class AppleCallerIdWire
    {
        [JsonPropertyName("orgId")] public string? OrgId { get; set; }
        [JsonPropertyName("brandId")] public string? BrandId { get; set; }
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("createdDate")] public DateTimeOffset? CreatedDate { get; set; }
        [JsonPropertyName("updatedDate")] public DateTimeOffset? UpdatedDate { get; set; }
        [JsonPropertyName("state")] public string? State { get; set; }
        [JsonPropertyName("etag")] public string? Etag { get; set; }
        [JsonPropertyName("callerIdDetails")] public AppleCallerIdDetailsWire? CallerIdDetails { get; set; }
        [JsonPropertyName("validationReports")] public List<AppleProblemWire>? ValidationReports { get; set; }
    }

    internal sealed class AppleCallerIdDetailsWire
    {
        [JsonPropertyName("phoneNumber")] public string? PhoneNumber { get; set; }
        [JsonPropertyName("department")] public string? Department { get; set; }
    }

    /// <summary>An error or a validation report: {code, severity?, message, context, details}.</summary>
    internal sealed class AppleProblemWire
    {
        [JsonPropertyName("code")] public string? Code { get; set; }
        [JsonPropertyName("severity")] public string? Severity { get; set; }
        [JsonPropertyName("message")] public string? Message { get; set; }
        [JsonPropertyName("context")] public JsonElement Context { get; set; }
        [JsonPropertyName("details")] public JsonElement Details { get; set; }
    }

    internal sealed class AppleTokenWire
    {
        [JsonPropertyName("access_token")] public string? AccessToken { get; set; }
        [JsonPropertyName("token_type")] public string? TokenType { get; set; }
        [JsonPropertyName("expires_in")] public int? ExpiresIn { get; set; }

        // Never show the token, whatever prints this object.
        public override string ToString() => $"{TokenType} token, expires in {ExpiresIn} s";
    }
}

using System;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Http;

namespace CallerIdPs.Providers.AppleBusiness
{
    /// <summary>
    /// Apple errors: {code, message, context, details}, sometimes an array of them (401s, validation violations).
    /// The apple-request-id header is the id Apple support asks for; the reports travel on as the error's details.
    /// </summary>
    internal sealed class AppleErrorReader : JsonErrorReader
    {
        protected override string? RequestIdHeader => "apple-request-id";

        protected override void Fill(ProviderError error, JsonElement root)
        {
            var reports = AppleParser.Reports(root);
            if (reports.Count > 0)
            {
                error.Message = string.Join("; ", reports.Select(r => r.Code.StartsWith("VALIDATION__", StringComparison.Ordinal) ? r.ToString() : r.Message ?? r.Code));
                error.Details = reports;
            }
        }
    }
}

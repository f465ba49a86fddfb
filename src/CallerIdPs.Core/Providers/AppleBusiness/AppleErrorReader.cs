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
    internal sealed class AppleErrorReader : IProviderErrorReader
    {
        public ProviderError Read(int status, Func<string, string?> header, byte[] body)
        {
            var error = new ProviderError { RequestId = header("apple-request-id") };
            if (body.Length == 0)
            {
                return error;
            }

            using (var document = JsonDocument.Parse(body))
            {
                var reports = AppleParser.Reports(document.RootElement);
                if (reports.Count > 0)
                {
                    error.Code = reports[0].Code;
                    error.Message = string.Join("; ", reports.Select(r => r.Code.StartsWith("VALIDATION__", StringComparison.Ordinal) ? r.ToString() : r.Message ?? r.Code));
                    error.Details = reports;
                }
            }

            return error;
        }
    }
}

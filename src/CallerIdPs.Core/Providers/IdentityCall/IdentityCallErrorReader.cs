using System;
using System.Text.Json;
using CallerIdPs.Http;

namespace CallerIdPs.Providers.IdentityCall
{
    /// <summary>IdentityCall errors: {"error": "…"}, or {"errors": ["…", "…"]} on a 422. No request id.</summary>
    internal sealed class IdentityCallErrorReader : IProviderErrorReader
    {
        public ProviderError Read(int status, Func<string, string?> header, byte[] body)
        {
            if (body.Length == 0)
            {
                return new ProviderError();
            }

            using (var document = JsonDocument.Parse(body))
            {
                return new ProviderError { Message = IdentityCallParser.ErrorMessage(document.RootElement) };
            }
        }
    }
}

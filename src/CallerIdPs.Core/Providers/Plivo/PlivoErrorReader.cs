using System;
using System.Text.Json;
using CallerIdPs.Http;

namespace CallerIdPs.Providers.Plivo
{
    /// <summary>Plivo errors: {"api_id": "…", "error": "<message>"}; the api_id is the request id support asks for.</summary>
    internal sealed class PlivoErrorReader : IProviderErrorReader
    {
        public ProviderError Read(int status, Func<string, string?> header, byte[] body)
        {
            if (body.Length == 0)
            {
                return new ProviderError();
            }

            using (var document = JsonDocument.Parse(body))
            {
                return new ProviderError
                {
                    Message = PlivoParser.ErrorMessage(document.RootElement),
                    RequestId = PlivoParser.ApiId(document.RootElement),
                };
            }
        }
    }
}

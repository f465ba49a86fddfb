using System;
using System.Text.Json;
using CallerIdPs.Http;

namespace CallerIdPs.Providers.Plivo
{
    /// <summary>Plivo errors: {"api_id": "…", "error": "<message>"}; the api_id is the request id support asks for.</summary>
    internal sealed class PlivoErrorReader : JsonErrorReader
    {
        protected override void Fill(ProviderError error, JsonElement root)
        {
            error.Message = PlivoParser.ErrorMessage(root);
            error.RequestId = PlivoParser.ApiId(root);
        }
    }
}

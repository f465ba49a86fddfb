using System;
using System.Text.Json;

namespace CallerIdPs.Http
{
    /// <summary>
    /// The shared part of reading a provider's JSON error body: no body means nothing to read, a body is parsed once,
    /// and the provider's reader says what its fields mean. A body that is not JSON says nothing, and the request id header is kept.
    /// </summary>
    internal abstract class JsonErrorReader : IProviderErrorReader
    {
        public ProviderError Read(int status, Func<string, string?> header, byte[] body)
        {
            var error = new ProviderError { RequestId = RequestIdHeader == null ? null : header(RequestIdHeader) };
            if (body.Length == 0)
            {
                return error;
            }

            try
            {
                using (var document = JsonDocument.Parse(body))
                {
                    Fill(error, document.RootElement);
                }
            }
            catch (JsonException)
            {
                // An HTML error page from a proxy, or plain text: the request id from the headers still stands.
            }

            return error;
        }

        /// <summary>The response header that carries the provider's request id, if it has one.</summary>
        protected virtual string? RequestIdHeader => null;

        protected abstract void Fill(ProviderError error, JsonElement root);
    }
}

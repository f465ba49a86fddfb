using System;
using System.Text.Json;
using CallerIdPs.Http;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>2Chat errors: {"success": false, "error": true, "error_message": "…"}; some pages say "message". No request id.</summary>
    internal sealed class TwoChatErrorReader : IProviderErrorReader
    {
        public ProviderError Read(int status, Func<string, string?> header, byte[] body)
        {
            if (body.Length == 0)
            {
                return new ProviderError();
            }

            using (var document = JsonDocument.Parse(body))
            {
                return new ProviderError { Message = TwoChatParser.MessageOf(document.RootElement) };
            }
        }
    }
}

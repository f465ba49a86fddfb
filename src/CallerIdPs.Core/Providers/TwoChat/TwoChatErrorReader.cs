using System;
using System.Text.Json;
using CallerIdPs.Http;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>2Chat errors: {"success": false, "error": true, "error_message": "…"}; some pages say "message". No request id.</summary>
    internal sealed class TwoChatErrorReader : JsonErrorReader
    {
        protected override void Fill(ProviderError error, JsonElement root) => error.Message = TwoChatParser.MessageOf(root);
    }
}

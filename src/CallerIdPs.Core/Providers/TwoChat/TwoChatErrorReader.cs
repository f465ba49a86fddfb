using System;
using System.Text.Json;
using CallerIdPs.Http;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>
    /// 2Chat errors: {"success": false, "error": true, "error_message": "…"}; some pages say "message". No request id.
    /// The same body can come with a 2xx status: that is a refusal too, not an answer to read.
    /// </summary>
    internal sealed class TwoChatErrorReader : JsonErrorReader, ISuccessRefusalReader
    {
        protected override void Fill(ProviderError error, JsonElement root) => error.Message = TwoChatParser.MessageOf(root);

        /// <summary>Looks only at the top level's "success" (pages are long), then reads the message of a refusal.</summary>
        public ProviderError? RefusalIn(byte[] body)
        {
            if (body.Length == 0 || !SaysSuccessFalse(body))
            {
                return null;
            }

            using (var document = JsonDocument.Parse(body))
            {
                return new ProviderError { Message = TwoChatParser.MessageOf(document.RootElement) ?? "no reason given" };
            }
        }

        private static bool SaysSuccessFalse(byte[] body)
        {
            try
            {
                var reader = new Utf8JsonReader(body);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return false;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isSuccess = reader.ValueTextEquals("success");
                    if (!reader.Read())
                    {
                        return false;
                    }

                    if (isSuccess)
                    {
                        return reader.TokenType == JsonTokenType.False;
                    }

                    reader.Skip();
                }

                return false;
            }
            catch (JsonException)
            {
                return false; // not JSON: the client's parse reports it as unreadable
            }
        }
    }
}

using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace CallerIdPs.FaultServer
{
    /// <summary>What a well-behaved provider would answer; a fault may then mangle how it is delivered.</summary>
    public sealed class Reply
    {
        public Reply(int status, byte[] body, string contentType = "application/json")
        {
            Status = status;
            Body = body;
            Headers["Content-Type"] = contentType;
        }

        public int Status { get; }

        public byte[] Body { get; }

        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);

        public static Reply Json(int status, object body) =>
            new Reply(status, JsonSerializer.SerializeToUtf8Bytes(body));

        public static Reply Text(int status, string body, string contentType = "application/json") =>
            new Reply(status, Encoding.UTF8.GetBytes(body), contentType);

        public static Reply Empty(int status) => new Reply(status, System.Array.Empty<byte>());

        public Reply With(string header, string value)
        {
            Headers[header] = value;
            return this;
        }
    }
}

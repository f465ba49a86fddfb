using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>What the emulator answers: a status, headers and a body, or a dropped connection the transport acts out.</summary>
    public sealed class EmulatorResponse
    {
        /// <summary>
        /// Characters as the providers' bodies carry them: "+34964572288", not System.Text.Json's default "\u002B34964572288"
        /// (HTML-safe escaping, which no provider example shows). Quotes, backslashes and control characters are still escaped.
        /// </summary>
        private static readonly JsonWriterOptions AsProvidersWrite = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public EmulatorResponse(int status)
        {
            Status = status;
        }

        public int Status { get; }

        public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public byte[] Body { get; set; } = Array.Empty<byte>();

        public string? ContentType { get; set; }

        /// <summary>The transport closes the connection without an answer.</summary>
        public bool DropConnection { get; set; }

        public static EmulatorResponse Json(int status, JsonNode body) => Json(status, writer => body.WriteTo(writer));

        /// <summary>Room for the longest page (a 200-record 2Chat page is about 70 KB) without growing; the array is pooled.</summary>
        private const int PageSizedCapacity = 128 * 1024;

        /// <summary>
        /// A body written straight to UTF-8 (long pages skip building a node per field, which cost more than the transport),
        /// into a pooled buffer (see <see cref="GrowingByteBuffer"/>).
        /// </summary>
        public static EmulatorResponse Json(int status, Action<Utf8JsonWriter> write)
        {
            using var buffer = new GrowingByteBuffer(PageSizedCapacity);
            using (var writer = new Utf8JsonWriter(buffer, AsProvidersWrite))
            {
                write(writer);
            }

            return new EmulatorResponse(status)
            {
                Body = buffer.ToArray(),
                ContentType = "application/json; charset=utf-8",
            };
        }

        public static EmulatorResponse Empty(int status) => new EmulatorResponse(status);

        public static EmulatorResponse Dropped() => new EmulatorResponse(0) { DropConnection = true };

        public EmulatorResponse WithHeader(string name, string value)
        {
            Headers[name] = value;
            return this;
        }

        public string BodyText => Encoding.UTF8.GetString(Body);
    }
}

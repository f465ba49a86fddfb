using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>An HTTP request as the emulator sees it, whichever way it arrived (in-process handler or Kestrel).</summary>
    public sealed class EmulatorRequest
    {
        public EmulatorRequest(string method, string rawPath, string? rawQuery, IDictionary<string, string> headers, byte[] body)
        {
            Method = method.ToUpperInvariant();
            RawPath = rawPath;
            Query = ParseQuery(rawQuery);
            Headers = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
            Body = body;
        }

        public string Method { get; }

        /// <summary>The path exactly as sent, still percent-encoded; route values are decoded one segment at a time.</summary>
        public string RawPath { get; }

        /// <summary>Query parameters, decoded; the first value wins when a name repeats. Names are case-sensitive, as on the real APIs.</summary>
        public IReadOnlyDictionary<string, string> Query { get; }

        public IReadOnlyDictionary<string, string> Headers { get; }

        public byte[] Body { get; }

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

        public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;

        public bool HasBody => Body.Length > 0 && Encoding.UTF8.GetString(Body).Trim().Length > 0;

        /// <summary>The body as a JSON object; throws <see cref="JsonException"/> for anything else, which emulators answer with 400.</summary>
        public JsonObject JsonBody()
        {
            var node = JsonNode.Parse(Body);
            return node as JsonObject ?? throw new JsonException("The body is not a JSON object.");
        }

        private static IReadOnlyDictionary<string, string> ParseQuery(string? rawQuery)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (string.IsNullOrEmpty(rawQuery))
            {
                return result;
            }

            foreach (var pair in rawQuery!.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=');
                var name = Decode(eq < 0 ? pair : pair.Substring(0, eq));
                var value = eq < 0 ? "" : Decode(pair.Substring(eq + 1));
                if (!result.ContainsKey(name))
                {
                    result[name] = value;
                }
            }

            return result;
        }

        // Query strings use '+' for space (form encoding); a literal plus arrives as %2B.
        private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }
}

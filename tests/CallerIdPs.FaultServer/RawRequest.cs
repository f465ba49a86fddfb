using System;
using System.Collections.Generic;
using System.Text;

namespace CallerIdPs.FaultServer
{
    /// <summary>One HTTP/1.1 request as it arrived on the socket.</summary>
    public sealed class RawRequest
    {
        public RawRequest(string method, string target, IReadOnlyDictionary<string, string> headers, byte[] body, DateTimeOffset receivedAt)
        {
            Method = method;
            Target = target;
            Headers = headers;
            Body = body;
            ReceivedAt = receivedAt;
            var q = target.IndexOf('?');
            Path = Uri.UnescapeDataString(q < 0 ? target : target.Substring(0, q));
            Query = ParseQuery(q < 0 ? "" : target.Substring(q + 1));
        }

        public string Method { get; }

        /// <summary>The request target as sent (path and query, still encoded).</summary>
        public string Target { get; }

        /// <summary>The decoded path, without the query.</summary>
        public string Path { get; }

        public IReadOnlyDictionary<string, string> Query { get; }

        /// <summary>Header names are case-insensitive; a repeated header keeps its last value.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        public byte[] Body { get; }

        public string BodyText => Encoding.UTF8.GetString(Body);

        public DateTimeOffset ReceivedAt { get; }

        public string Key => Method + " " + Path;

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

        public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;

        public int QueryInt(string name, int fallback) =>
            int.TryParse(QueryValue(name), out var value) ? value : fallback;

        public override string ToString() => Method + " " + Target;

        private static IReadOnlyDictionary<string, string> ParseQuery(string query)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=');
                var name = Uri.UnescapeDataString((eq < 0 ? pair : pair.Substring(0, eq)).Replace('+', ' '));
                var value = eq < 0 ? "" : Uri.UnescapeDataString(pair.Substring(eq + 1).Replace('+', ' '));
                result[name] = value;
            }

            return result;
        }
    }
}

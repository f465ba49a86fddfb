using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using CallerIdPs.Errors;

namespace CallerIdPs.Http
{
    /// <summary>One typed call to a provider: method, path, query, JSON body, and what the call means
    /// (used in log lines, error messages and to decide whether it may be repeated).</summary>
    public sealed class ApiRequest
    {
        private readonly List<KeyValuePair<string, string>> _query = new List<KeyValuePair<string, string>>();
        private readonly Dictionary<int, StatusMeaning> _statusMeanings = new Dictionary<int, StatusMeaning>();
        private readonly Dictionary<string, string> _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public ApiRequest(HttpMethod method, string path, string operation)
        {
            Method = method;
            Path = path;
            Operation = operation;
            // Only reads are repeated by default. PUT and DELETE are idempotent in HTTP's terms, but a repeated delete or
            // etag-guarded update reports a misleading 404/412 after the first one worked: they are sent once, like POSTs.
            IsIdempotent = method == HttpMethod.Get || method == HttpMethod.Head;
        }

        public HttpMethod Method { get; }

        /// <summary>The path below the provider's origin, already escaped (build it with <see cref="ApiPath"/>).</summary>
        public string Path { get; }

        /// <summary>What the call does, in words: "list caller IDs", "reserve +12135551234".</summary>
        public string Operation { get; }

        public object? JsonBody { get; private set; }

        /// <summary>
        /// False for calls that must not be sent twice without checking what the first one did (purchases, reservations,
        /// releases, deletes, verification starts): the pipeline sends them at most once. True for reads, and for writes a
        /// client marks <see cref="Idempotent"/> because repeating them changes nothing (setting a name).
        /// </summary>
        public bool IsIdempotent { get; private set; }

        public IReadOnlyList<KeyValuePair<string, string>> Query => _query;

        public IReadOnlyDictionary<string, string> Headers => _headers;

        public static ApiRequest Get(string path, string operation) => new ApiRequest(HttpMethod.Get, path, operation);

        public static ApiRequest Post(string path, string operation, object? body) => new ApiRequest(HttpMethod.Post, path, operation).WithBody(body);

        public static ApiRequest Delete(string path, string operation) => new ApiRequest(HttpMethod.Delete, path, operation);

        public ApiRequest WithQuery(string name, string? value)
        {
            if (value != null)
            {
                _query.Add(new KeyValuePair<string, string>(name, value));
            }

            return this;
        }

        public ApiRequest WithQuery(string name, int? value) => WithQuery(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public ApiRequest WithBody(object? body)
        {
            JsonBody = body;
            return this;
        }

        public ApiRequest WithHeader(string name, string value)
        {
            _headers[name] = value;
            return this;
        }

        public ApiRequest Idempotent(bool value = true)
        {
            IsIdempotent = value;
            return this;
        }

        /// <summary>What an error status means for this particular call (a 404 on a reservation means it expired), and the
        /// value it blames (<paramref name="about"/>: the error's target, e.g. the number a 422 says is not available).</summary>
        public ApiRequest OnStatus(int status, CallerIdErrorKind kind, string? hint = null, object? about = null)
        {
            _statusMeanings[status] = new StatusMeaning(kind, hint, about);
            return this;
        }

        internal StatusMeaning? MeaningOf(int status) => _statusMeanings.TryGetValue(status, out var meaning) ? meaning : null;

        internal string PathAndQuery()
        {
            if (_query.Count == 0)
            {
                return Path;
            }

            return Path + "?" + string.Join("&", _query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        }

        internal sealed class StatusMeaning
        {
            public StatusMeaning(CallerIdErrorKind kind, string? hint, object? about)
            {
                Kind = kind;
                Hint = hint;
                About = about;
            }

            public object? About { get; }

            public CallerIdErrorKind Kind { get; }

            public string? Hint { get; }
        }
    }

    /// <summary>Builds request paths with every variable segment percent-encoded ('+' becomes %2B, '/' cannot escape the segment).</summary>
    public static class ApiPath
    {
        public static string Format(string template, params string[] segments)
        {
            var escaped = segments.Select(s => (object)Uri.EscapeDataString(s ?? "")).ToArray();
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, escaped);
        }
    }
}

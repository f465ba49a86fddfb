using System;
using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.FaultServer
{
    /// <summary>Every request the server read, in order. Thread-safe.</summary>
    public sealed class RequestLog
    {
        private readonly List<RawRequest> _requests = new List<RawRequest>();

        internal void Add(RawRequest request)
        {
            lock (_requests) _requests.Add(request);
        }

        public IReadOnlyList<RawRequest> All
        {
            get
            {
                lock (_requests) return _requests.ToList();
            }
        }

        public int Total
        {
            get
            {
                lock (_requests) return _requests.Count;
            }
        }

        /// <summary>Requests with this method whose path is exactly <paramref name="path"/> (query ignored).</summary>
        public int Count(string method, string path) =>
            All.Count(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && r.Path == path);

        /// <summary>Requests with this method whose path starts with <paramref name="pathPrefix"/>.</summary>
        public int CountUnder(string method, string pathPrefix) =>
            All.Count(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

        public override string ToString() => string.Join(Environment.NewLine, All.Select(r => r.ToString()));
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Http;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>Keeps every line the HTTP pipeline logs, verbose and debug alike (by default it wants both).</summary>
    internal sealed class RecordingLog : IRequestLog
    {
        private readonly ConcurrentQueue<string> _lines = new ConcurrentQueue<string>();

        public RecordingLog(bool verbose = true, bool debug = true)
        {
            IsVerboseEnabled = verbose;
            IsDebugEnabled = debug;
        }

        public bool IsVerboseEnabled { get; }

        public bool IsDebugEnabled { get; }

        public IReadOnlyList<string> Lines => _lines.ToList();

        public void Verbose(string message) => _lines.Enqueue(message);

        public void Debug(string message) => _lines.Enqueue(message);

        /// <summary>The JSON body of the one logged request whose first line ends with "METHOD /path",
        /// as (name, string value) pairs in wire order.</summary>
        public IReadOnlyList<(string, string)> JsonBodyOf(string methodAndPath)
        {
            var parts = methodAndPath.Split(' ');
            var dump = Assert.Single(Lines, l => l.StartsWith("2Chat Request: " + parts[0] + " ", StringComparison.Ordinal)
                && l.Split('\n')[0].TrimEnd().EndsWith(parts[1], StringComparison.Ordinal));
            var body = dump.Split('\n').Last().Trim();
            using var document = JsonDocument.Parse(body);
            return document.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString() ?? "")).ToList();
        }
    }
}

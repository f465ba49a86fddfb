using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Tests.Clients.Transport
{
    /// <summary>
    /// A tiny HTTP/1.1 server on 127.0.0.1 for transport faults the emulator cannot produce: bodies that drip a byte at a
    /// time, corrupt or explosive gzip, pages that never end. Each request is answered by the test's route; every request
    /// and every client that hung up mid-answer is recorded. Test-only: it never leaves the loopback address.
    /// </summary>
    internal sealed class RawResponder : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly Func<RawRequest, Reply> _route;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly ConcurrentQueue<RawRequest> _requests = new ConcurrentQueue<RawRequest>();
        private readonly ConcurrentQueue<DateTimeOffset> _hangUps = new ConcurrentQueue<DateTimeOffset>();
        private readonly Task _accepting;

        private RawResponder(Func<RawRequest, Reply> route)
        {
            _route = route;
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
            _accepting = AcceptAsync();
        }

        public Uri BaseUri { get; }

        public IReadOnlyList<RawRequest> Requests => _requests.ToList();

        /// <summary>When clients closed the connection while an answer was still being written.</summary>
        public IReadOnlyList<DateTimeOffset> HangUps => _hangUps.ToList();

        public static RawResponder Start(Func<RawRequest, Reply> route) => new RawResponder(route);

        public int Count(string method, string pathPrefix) =>
            _requests.Count(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception)
                {
                    return;
                }

                _ = ServeAsync(client);
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                try
                {
                    while (!_stop.IsCancellationRequested)
                    {
                        var request = await ReadRequestAsync(stream);
                        if (request == null) return;
                        _requests.Enqueue(request);
                        var reply = _route(request);
                        await WriteAsync(stream, reply);
                    }
                }
                catch (Exception) when (!_stop.IsCancellationRequested)
                {
                    _hangUps.Enqueue(DateTimeOffset.UtcNow);
                }
                catch (Exception)
                {
                    // stopping
                }
            }
        }

        private async Task<RawRequest?> ReadRequestAsync(NetworkStream stream)
        {
            var head = new List<byte>();
            var one = new byte[1];
            while (!EndsWithBlankLine(head))
            {
                if (await stream.ReadAsync(one, _stop.Token) == 0) return null;
                head.Add(one[0]);
                if (head.Count > 65536) throw new InvalidDataException("request head too long");
            }

            var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n");
            var first = lines[0].Split(' ');
            var headers = lines.Skip(1).Where(l => l.Contains(':'))
                .GroupBy(l => l.Substring(0, l.IndexOf(':')).Trim(), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Substring(g.First().IndexOf(':') + 1).Trim(), StringComparer.OrdinalIgnoreCase);
            var body = Array.Empty<byte>();
            if (headers.TryGetValue("Content-Length", out var length) && int.Parse(length) > 0)
            {
                body = new byte[int.Parse(length)];
                await stream.ReadExactlyAsync(body, _stop.Token);
            }

            return new RawRequest(first[0], first[1], headers, Encoding.UTF8.GetString(body));
        }

        private static bool EndsWithBlankLine(List<byte> head) =>
            head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';

        private async Task WriteAsync(NetworkStream stream, Reply reply)
        {
            var head = new StringBuilder().Append("HTTP/1.1 ").Append(reply.Status).Append(' ').Append(reply.Status < 400 ? "OK" : "Error").Append("\r\n");
            foreach (var (name, value) in reply.Headers) head.Append(name).Append(": ").Append(value).Append("\r\n");
            head.Append("Content-Length: ").Append(reply.Body.Length).Append("\r\n\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
            if (reply.DripEvery == null)
            {
                await stream.WriteAsync(reply.Body, _stop.Token);
                return;
            }

            for (var i = 0; i < reply.Body.Length; i++)
            {
                await stream.WriteAsync(reply.Body.AsMemory(i, 1), _stop.Token);
                await stream.FlushAsync(_stop.Token);
                await Task.Delay(reply.DripEvery.Value, _stop.Token);
            }
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            try
            {
                await _accepting;
            }
            catch (Exception)
            {
                // stopped
            }

            _stop.Dispose();
        }
    }

    internal sealed class RawRequest
    {
        public RawRequest(string method, string target, IReadOnlyDictionary<string, string> headers, string body)
        {
            Method = method;
            Target = target;
            var q = target.IndexOf('?');
            Path = q < 0 ? target : target.Substring(0, q);
            Query = q < 0 ? "" : target.Substring(q + 1);
            Headers = headers;
            Body = body;
        }

        public string Method { get; }

        public string Target { get; }

        public string Path { get; }

        public string Query { get; }

        public IReadOnlyDictionary<string, string> Headers { get; }

        public string Body { get; }

        /// <summary>A query parameter's value (unescaped), or null.</summary>
        public string? QueryValue(string name) =>
            Query.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2))
                .Where(p => p[0] == name)
                .Select(p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "")
                .FirstOrDefault();
    }

    internal sealed class Reply
    {
        public Reply(int status, byte[] body, params (string, string)[] headers)
        {
            Status = status;
            Body = body;
            Headers = headers.ToList();
        }

        public int Status { get; }

        public byte[] Body { get; }

        public List<(string Name, string Value)> Headers { get; }

        public TimeSpan? DripEvery { get; private set; }

        public static Reply Json(int status, string json, params (string, string)[] headers) =>
            new Reply(status, Encoding.UTF8.GetBytes(json), headers.Append(("Content-Type", "application/json")).ToArray());

        /// <summary>The body sent one byte at a time, <paramref name="every"/> apart.</summary>
        public Reply Dripping(TimeSpan every)
        {
            DripEvery = every;
            return this;
        }

        /// <summary>A body labelled gzip that is not gzip past its first bytes.</summary>
        public static Reply CorruptGzip()
        {
            var real = Gzip(Encoding.UTF8.GetBytes("{\"success\":true,\"data\":{\"regions\":[]}}"));
            var broken = real.Take(10).Concat(Enumerable.Repeat((byte)0xFF, 64)).ToArray();
            return new Reply(200, broken, ("Content-Type", "application/json"), ("Content-Encoding", "gzip"));
        }

        /// <summary>A small gzip body that expands to <paramref name="expandedBytes"/> of spaces (valid JSON whitespace).</summary>
        public static Reply GzipBomb(long expandedBytes) =>
            new Reply(200, Bomb(expandedBytes), ("Content-Type", "application/json"), ("Content-Encoding", "gzip"));

        private static readonly ConcurrentDictionary<long, byte[]> Bombs = new ConcurrentDictionary<long, byte[]>();

        private static byte[] Bomb(long size) => Bombs.GetOrAdd(size, s =>
        {
            using var output = new MemoryStream();
            using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                var block = Enumerable.Repeat((byte)' ', 1 << 20).ToArray();
                for (long written = 0; written < s; written += block.Length) gzip.Write(block, 0, block.Length);
            }

            return output.ToArray();
        });

        private static byte[] Gzip(byte[] data)
        {
            using var output = new MemoryStream();
            using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(data, 0, data.Length);
            return output.ToArray();
        }
    }
}

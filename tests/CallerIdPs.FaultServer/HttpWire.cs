using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.FaultServer
{
    /// <summary>Reads one HTTP/1.1 request off a stream and writes answer heads; bytes exactly as given.</summary>
    internal static class HttpWire
    {
        private const int MaxHead = 64 * 1024;
        private const int MaxBody = 4 * 1024 * 1024;

        /// <summary>The next request, or null when the client closed the connection before sending one.</summary>
        public static async Task<RawRequest?> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
        {
            var head = new List<byte>(1024);
            var one = new byte[1];
            while (true)
            {
                var read = await stream.ReadAsync(one, 0, 1, cancellationToken).ConfigureAwait(false);
                if (read == 0) return null;
                head.Add(one[0]);
                var n = head.Count;
                if (n >= 4 && head[n - 4] == '\r' && head[n - 3] == '\n' && head[n - 2] == '\r' && head[n - 1] == '\n') break;
                if (n > MaxHead) throw new InvalidDataException("Request head too large.");
            }

            var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n");
            var requestLine = lines[0].Split(' ');
            if (requestLine.Length < 3) throw new InvalidDataException("Bad request line: " + lines[0]);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 1; i < lines.Length; i++)
            {
                var colon = lines[i].IndexOf(':');
                if (colon > 0) headers[lines[i].Substring(0, colon).Trim()] = lines[i].Substring(colon + 1).Trim();
            }

            byte[] body;
            if (headers.TryGetValue("Transfer-Encoding", out var te) && te.IndexOf("chunked", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                body = await ReadChunkedAsync(stream, cancellationToken).ConfigureAwait(false);
            }
            else if (headers.TryGetValue("Content-Length", out var cl) && int.TryParse(cl, NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length > 0)
            {
                if (length > MaxBody) throw new InvalidDataException("Request body too large.");
                body = await ReadExactlyAsync(stream, length, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                body = Array.Empty<byte>();
            }

            return new RawRequest(requestLine[0], requestLine[1], headers, body, DateTimeOffset.UtcNow);
        }

        public static byte[] Head(Reply reply, long contentLength, string? contentEncoding)
        {
            var text = new StringBuilder();
            text.Append("HTTP/1.1 ").Append(reply.Status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Reason(reply.Status)).Append("\r\n");
            foreach (var header in reply.Headers) text.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            if (contentEncoding != null) text.Append("Content-Encoding: ").Append(contentEncoding).Append("\r\n");
            text.Append("Content-Length: ").Append(contentLength.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
            text.Append("Connection: close\r\n\r\n");
            return Encoding.ASCII.GetBytes(text.ToString());
        }

        /// <summary>Whether the peer has closed or reset the connection (readable with nothing to read, or an error).</summary>
        public static bool PeerGone(Socket socket)
        {
            try
            {
                return socket.Poll(0, SelectMode.SelectError) || (socket.Poll(0, SelectMode.SelectRead) && socket.Available == 0);
            }
            catch (SocketException)
            {
                return true;
            }
            catch (ObjectDisposedException)
            {
                return true;
            }
        }

        private static async Task<byte[]> ReadExactlyAsync(Stream stream, int length, CancellationToken cancellationToken)
        {
            var buffer = new byte[length];
            var offset = 0;
            while (offset < length)
            {
                var read = await stream.ReadAsync(buffer, offset, length - offset, cancellationToken).ConfigureAwait(false);
                if (read == 0) throw new EndOfStreamException("The client closed the connection mid-body.");
                offset += read;
            }

            return buffer;
        }

        private static async Task<byte[]> ReadChunkedAsync(Stream stream, CancellationToken cancellationToken)
        {
            var body = new MemoryStream();
            while (true)
            {
                var sizeLine = await ReadLineAsync(stream, cancellationToken).ConfigureAwait(false);
                var size = int.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (size == 0)
                {
                    await ReadLineAsync(stream, cancellationToken).ConfigureAwait(false);
                    return body.ToArray();
                }

                if (body.Length + size > MaxBody) throw new InvalidDataException("Request body too large.");
                var chunk = await ReadExactlyAsync(stream, size, cancellationToken).ConfigureAwait(false);
                body.Write(chunk, 0, chunk.Length);
                await ReadLineAsync(stream, cancellationToken).ConfigureAwait(false);
            }
        }

        private static async Task<string> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
        {
            var line = new StringBuilder();
            var one = new byte[1];
            while (true)
            {
                if (await stream.ReadAsync(one, 0, 1, cancellationToken).ConfigureAwait(false) == 0) throw new EndOfStreamException();
                if (one[0] == '\n') return line.ToString().TrimEnd('\r');
                line.Append((char)one[0]);
                if (line.Length > 1024) throw new InvalidDataException("Chunk line too long.");
            }
        }

        private static string Reason(int status) => status switch
        {
            200 => "OK",
            201 => "Created",
            202 => "Accepted",
            204 => "No Content",
            400 => "Bad Request",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not Found",
            422 => "Unprocessable Entity",
            429 => "Too Many Requests",
            500 => "Internal Server Error",
            503 => "Service Unavailable",
            _ => "Status",
        };
    }
}

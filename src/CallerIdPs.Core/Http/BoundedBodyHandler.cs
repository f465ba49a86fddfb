using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Http
{
    /// <summary>
    /// Innermost stage, next to the socket: reads each answer's body in full within the attempt's time, so a body that
    /// drips counts against the attempt's timeout and Ctrl+C stops the read at once; refuses a body that grows past
    /// <see cref="MaxBodyBytes"/> once decompressed (a gzip bomb stops there, not in memory); and turns a broken or
    /// corrupt (badly compressed) body into an HttpRequestException, the pipeline's "the answer did not arrive".
    /// Every stage above sees a buffered body.
    /// </summary>
    internal sealed class BoundedBodyHandler : DelegatingHandler
    {
        /// <summary>32 MiB: a thousand times the largest page any provider sends (a 200-item 2Chat page is ~100 KB).</summary>
        public const int MaxBodyBytes = 32 * 1024 * 1024;

        private const int Chunk = 16 * 1024;
        private readonly int _maxBytes;

        public BoundedBodyHandler(int maxBytes = MaxBodyBytes) => _maxBytes = maxBytes;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Content == null)
            {
                return response;
            }

            try
            {
                var body = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
                var buffered = new BufferedBodyContent(body);
                foreach (var header in response.Content.Headers.Where(h => !string.Equals(h.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)))
                {
                    buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                buffered.Headers.ContentLength = body.Length;
                response.Content.Dispose();
                response.Content = buffered;
                return response;
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        private async Task<byte[]> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var declared = response.Content.Headers.ContentLength;
            if (declared > _maxBytes)
            {
                throw new ResponseTooLargeException(_maxBytes);
            }

            // netstandard2.0's reads take no token everywhere: disposing the response aborts a read that ignores it.
            using (cancellationToken.Register(response.Dispose))
            {
                try
                {
                    using (var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                    {
                        return declared.HasValue
                            ? await ReadDeclaredAsync(stream, (int)declared.Value, cancellationToken).ConfigureAwait(false)
                            : await ReadToEndAsync(stream, new MemoryStream(Chunk), cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (cancellationToken.IsCancellationRequested && !(e is ResponseTooLargeException))
                {
                    throw new OperationCanceledException("The answer's body was still arriving when the attempt ended.", e, cancellationToken);
                }
                catch (InvalidDataException e)
                {
                    throw new HttpRequestException("The answer's compressed body is corrupt and could not be decompressed: " + e.Message, e);
                }
                catch (Exception e) when (e is IOException || e is ObjectDisposedException)
                {
                    throw new HttpRequestException("The answer's body was cut off: " + e.Message, e);
                }
            }
        }

        /// <summary>
        /// A body of declared length (within the limit, checked before): read straight into one array of that size, so a
        /// page costs one allocation, not a 16 KB chunk and a growing buffer besides. A body that ends early is what
        /// arrived; one that goes on past its declared length is read on as an undeclared one.
        /// </summary>
        private async Task<byte[]> ReadDeclaredAsync(Stream stream, int declared, CancellationToken cancellationToken)
        {
            var body = new byte[declared];
            var filled = 0;
            while (filled < declared)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = await stream.ReadAsync(body, filled, declared - filled, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    var arrived = new byte[filled];
                    Buffer.BlockCopy(body, 0, arrived, 0, filled);
                    return arrived;
                }

                filled += read;
            }

            var probe = new byte[1];
            if (await stream.ReadAsync(probe, 0, 1, cancellationToken).ConfigureAwait(false) == 0)
            {
                return body;
            }

            var buffer = new MemoryStream(declared + Chunk);
            buffer.Write(body, 0, declared);
            buffer.Write(probe, 0, 1);
            return await ReadToEndAsync(stream, buffer, cancellationToken).ConfigureAwait(false);
        }

        private async Task<byte[]> ReadToEndAsync(Stream stream, MemoryStream buffer, CancellationToken cancellationToken)
        {
            using (buffer)
            {
                var chunk = new byte[Chunk];
                while (true)
                {
                    if (buffer.Length > _maxBytes)
                    {
                        throw new ResponseTooLargeException(_maxBytes);
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    var read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return buffer.ToArray();
                    }

                    if (buffer.Length + read > _maxBytes)
                    {
                        throw new ResponseTooLargeException(_maxBytes);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
        }
    }

    /// <summary>An answer's body as <see cref="BoundedBodyHandler"/> read it: its bytes, handed on without another copy.</summary>
    internal sealed class BufferedBodyContent : ByteArrayContent
    {
        public BufferedBodyContent(byte[] body)
            : base(body)
        {
            Body = body;
        }

        public byte[] Body { get; }
    }

    /// <summary>A body past <see cref="BoundedBodyHandler.MaxBodyBytes"/>: not retried (it would be as large again).</summary>
    internal sealed class ResponseTooLargeException : Exception
    {
        public ResponseTooLargeException(int limit)
            : base($"The answer is larger than {limit / (1024 * 1024)} MiB once decompressed; the module stopped reading it.")
        {
            Limit = limit;
        }

        public int Limit { get; }
    }
}

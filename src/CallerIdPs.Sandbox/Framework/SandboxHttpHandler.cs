using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>
    /// The in-process transport: the connection's HTTP pipeline ends here instead of at a socket, so -Sandbox
    /// exercises the same requests, headers, bodies and error handling as a real provider, with no server.
    /// </summary>
    public sealed class SandboxHttpHandler : HttpMessageHandler
    {
        private readonly IApiEmulator _emulator;

        public SandboxHttpHandler(IApiEmulator emulator) => _emulator = emulator;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var body = request.Content == null ? Array.Empty<byte>() : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }

            var uri = request.RequestUri!;
            var emulated = new EmulatorRequest(request.Method.Method, uri.AbsolutePath, uri.Query, headers, body);
            var answer = await _emulator.HandleAsync(emulated, cancellationToken).ConfigureAwait(false);
            if (answer.DropConnection)
            {
                throw new HttpRequestException(
                    "The sandbox closed the connection without answering.",
                    new IOException("The connection was closed by the remote host (injected fault)."));
            }

            var response = new HttpResponseMessage((HttpStatusCode)answer.Status)
            {
                RequestMessage = request,
                Content = new ByteArrayContent(answer.Body),
            };
            if (answer.ContentType != null)
            {
                response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(answer.ContentType);
            }

            foreach (var header in answer.Headers)
            {
                if (!response.Headers.TryAddWithoutValidation(header.Key, header.Value))
                {
                    response.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            return response;
        }
    }
}

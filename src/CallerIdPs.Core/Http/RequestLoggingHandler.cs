using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Http
{
    /// <summary>
    /// Innermost stage of the pipeline: logs each attempt exactly as it goes on the wire (after authentication),
    /// credentials masked. Verbose: one line out, one line back. Debug: headers and bodies. With neither wanted it
    /// builds no line at all.
    /// </summary>
    internal sealed class RequestLoggingHandler : DelegatingHandler
    {
        private readonly string _providerName;
        private readonly ConnectionSecrets _secrets;

        public RequestLoggingHandler(string providerName, ConnectionSecrets secrets)
        {
            _providerName = providerName;
            _secrets = secrets;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var log = RequestLogScope.Current;
            if (log == null || (!log.IsVerboseEnabled && !log.IsDebugEnabled))
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            var verbose = log.IsVerboseEnabled;
            var url = SecretRedactor.Url(request.RequestUri!);
            if (verbose) log.Verbose($"{_providerName}: {request.Method} {url}");
            if (log.IsDebugEnabled)
            {
                var requestBody = request.Content == null ? null : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                log.Debug(Describe("Request", request.Method + " " + url, request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()), requestBody, request.Content?.Headers.ContentType?.MediaType));
            }

            var clock = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (System.Exception e)
            {
                if (verbose) log.Verbose($"{_providerName}: {request.Method} {request.RequestUri!.AbsolutePath} failed after {clock.ElapsedMilliseconds} ms: {e.GetType().Name}");
                throw;
            }

            if (verbose) log.Verbose($"{_providerName}: {(int)response.StatusCode} {response.ReasonPhrase} from {request.Method} {request.RequestUri!.AbsolutePath} in {clock.ElapsedMilliseconds} ms");
            if (log.IsDebugEnabled && response.Content != null)
            {
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                log.Debug(Describe("Response", $"{(int)response.StatusCode} {response.ReasonPhrase}", response.Headers.Concat(response.Content.Headers), body, response.Content.Headers.ContentType?.MediaType));
            }

            return response;
        }

        private string Describe(
            string kind,
            string firstLine,
            IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers,
            byte[]? body,
            string? mediaType)
        {
            var shownBody = body == null ? null : _secrets.Mask(SecretRedactor.Body(body, mediaType));

            // A masked body's length would give away the length of the secret it held.
            var bodyMasked = shownBody != null && shownBody.Contains(SecretRedactor.Mask);
            var text = new StringBuilder();
            text.Append(_providerName).Append(' ').Append(kind).Append(": ").AppendLine(firstLine);
            foreach (var header in headers)
            {
                var value = bodyMasked && string.Equals(header.Key, "Content-Length", System.StringComparison.OrdinalIgnoreCase)
                    ? SecretRedactor.Mask
                    : SecretRedactor.HeaderValue(header.Key, header.Value);
                text.Append("  ").Append(header.Key).Append(": ").AppendLine(value);
            }

            if (shownBody != null)
            {
                text.Append("  ").Append(shownBody);
            }

            return text.ToString().TrimEnd();
        }
    }
}

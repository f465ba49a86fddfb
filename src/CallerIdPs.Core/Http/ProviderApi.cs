using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Json;
using CallerIdPs.Model;

namespace CallerIdPs.Http
{
    /// <summary>
    /// Sends typed requests to one provider through the connection's HTTP pipeline and turns every failure,
    /// whatever the provider, into a <see cref="CallerIdException"/>. Provider clients build on this and know only their API.
    /// </summary>
    public sealed class ProviderApi
    {
        /// <summary>Key under which the <see cref="ApiRequest"/> travels on the HttpRequestMessage, for the pipeline's stages.</summary>
        internal const string RequestProperty = "CallerId.ApiRequest";

        private static readonly MediaTypeHeaderValue JsonMediaType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        private static readonly string UserAgent = "CallerId-PowerShell/" + typeof(ProviderApi).Assembly.GetName().Version?.ToString(3);

        private readonly Func<HttpClient> _client;
        private readonly IProviderErrorReader _errors;

        public ProviderApi(ProviderKind provider, Uri origin, Func<HttpClient> client, IProviderErrorReader errors)
        {
            Provider = provider;
            Origin = origin;
            _client = client;
            _errors = errors;
        }

        public ProviderKind Provider { get; }

        /// <summary>Scheme, host and port; the provider's documented paths are appended unchanged.</summary>
        public Uri Origin { get; }

        public string ProviderName => Provider.DisplayName();

        public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            using (var message = CreateMessage(request))
            {
                HttpResponseMessage response;
                try
                {
                    response = await _client().SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (CallerIdException)
                {
                    throw;
                }
                catch (OperationCanceledException e)
                {
                    throw Transport(request, e, "timed out");
                }
                catch (HttpRequestException e)
                {
                    throw Transport(request, e, e.InnerException is TimeoutException ? "timed out" : "could not be completed");
                }

                using (response)
                {
                    var body = response.Content == null
                        ? Array.Empty<byte>()
                        : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    var headers = response.Content == null
                        ? (System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>>)response.Headers
                        : System.Linq.Enumerable.Concat(response.Headers, response.Content.Headers);
                    var answer = new ApiResponse(response.StatusCode, headers, body, ProviderName, request.Operation);
                    if (response.IsSuccessStatusCode)
                    {
                        return answer;
                    }

                    throw Failure(request, answer, response);
                }
            }
        }

        private HttpRequestMessage CreateMessage(ApiRequest request)
        {
            var message = new HttpRequestMessage(request.Method, new Uri(Origin, request.PathAndQuery()));
            message.Headers.Accept.ParseAdd("application/json");
            message.Headers.UserAgent.ParseAdd(UserAgent);
            foreach (var header in request.Headers)
            {
                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            if (request.JsonBody != null)
            {
                var bytes = request.JsonBody is JsonDocument document
                    ? JsonSerializer.SerializeToUtf8Bytes(document.RootElement, ProviderJson.Options)
                    : JsonSerializer.SerializeToUtf8Bytes(request.JsonBody, request.JsonBody.GetType(), ProviderJson.Options);
                message.Content = new ByteArrayContent(bytes);
                message.Content.Headers.ContentType = JsonMediaType;
            }

#pragma warning disable CS0618 // HttpRequestMessage.Properties is the only bag netstandard2.0 has; Options does not exist there.
            message.Properties[RequestProperty] = request;
#pragma warning restore CS0618
            return message;
        }

        private CallerIdException Failure(ApiRequest request, ApiResponse answer, HttpResponseMessage response)
        {
            var status = (int)answer.Status;
            ProviderError details;
            try
            {
                details = _errors.Read(status, answer.Header, answer.Body);
            }
            catch (JsonException)
            {
                details = new ProviderError();
            }

            var meaning = request.MeaningOf(status);
            var kind = meaning?.Kind ?? StatusClassifier.Kind(status);
            var said = string.IsNullOrWhiteSpace(details.Message) ? response.ReasonPhrase : details.Message;
            var message = $"{ProviderName} could not {request.Operation}: {said} (HTTP {status}"
                + (details.RequestId != null ? $", request id {details.RequestId})" : ")");
            return new CallerIdException(kind, message, meaning?.Hint)
            {
                Provider = ProviderName,
                HttpStatus = status,
                ProviderMessage = details.Message,
                RequestId = details.RequestId,
                ProviderDetails = details.Details,
                IsRetryable = StatusClassifier.IsTransient(status),
                Operation = request.Operation,
                RetryAfter = RetryAfter(answer.Header("Retry-After")),
            };
        }

        private CallerIdException Transport(ApiRequest request, Exception cause, string what)
        {
            var nothingSent = cause.InnerException is SocketException socket
                && (socket.SocketErrorCode == SocketError.ConnectionRefused || socket.SocketErrorCode == SocketError.HostNotFound);
            if (!request.IsIdempotent && !nothingSent)
            {
                return new CallerIdException(
                    CallerIdErrorKind.OutcomeUnknown,
                    $"{ProviderName}: '{request.Operation}' {what} ({Describe(cause)}); the provider may or may not have carried it out.",
                    null,
                    cause)
                {
                    Provider = ProviderName,
                    Operation = request.Operation,
                };
            }

            return new CallerIdException(
                CallerIdErrorKind.ProviderUnavailable,
                $"{ProviderName}: '{request.Operation}' {what} ({Describe(cause)}).",
                null,
                cause)
            {
                Provider = ProviderName,
                Operation = request.Operation,
                IsRetryable = true,
            };
        }

        private static string Describe(Exception cause)
        {
            var innermost = cause;
            while (innermost.InnerException != null)
            {
                innermost = innermost.InnerException;
            }

            return innermost is OperationCanceledException ? "no answer in time" : innermost.Message;
        }

        private static TimeSpan? RetryAfter(string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0) return TimeSpan.FromSeconds(seconds);
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                var wait = when - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }

            return null;
        }
    }
}

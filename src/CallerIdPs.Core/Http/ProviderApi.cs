using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
    /// Each call has a deadline (every attempt and wait included); a request that changes something is sent at most once,
    /// and when it fails in a way that does not prove the provider left it undone the error says so
    /// (<see cref="CallerIdException.ProviderMayHaveActed"/>).
    /// </summary>
    public sealed class ProviderApi
    {
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

        /// <summary>The longest one call may take, every attempt and wait included (the connection sets it).</summary>
        internal TimeSpan CallDeadline { get; set; } = TimeSpan.FromMinutes(3);

        /// <summary>The connection's credentials, removed from any provider text before it reaches an error.</summary>
        internal ConnectionSecrets Secrets { get; set; } = ConnectionSecrets.None;

        public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            using (var message = CreateMessage(request, DateTimeOffset.UtcNow + CallDeadline))
            {
                deadline.CancelAfter(CallDeadline);
                HttpResponseMessage response;
                try
                {
                    // The pipeline's innermost stage (BoundedBodyHandler) has read the body, bounded in size and time, before
                    // this returns; asking HttpClient to buffer it again would copy every page once more.
                    response = await _client().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
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
                    var what = deadline.IsCancellationRequested
                        ? string.Format(CultureInfo.InvariantCulture, "was not over within the call's deadline of {0:0.#} s", CallDeadline.TotalSeconds)
                        : "timed out";
                    throw Transport(request, e, what);
                }
                catch (HttpRequestException e)
                {
                    throw Transport(request, e, e.InnerException is TimeoutException ? "timed out" : "could not be completed");
                }
                catch (ResponseTooLargeException e)
                {
                    throw TooLarge(request, e);
                }
                catch (Exception e)
                {
                    // Whatever else a handler or the runtime throws is still this module's error, with a kind.
                    throw Transport(request, e, "failed unexpectedly");
                }

                using (response)
                {
                    var body = response.Content == null ? Array.Empty<byte>()
                        : response.Content is BufferedBodyContent buffered ? buffered.Body
                        : throw Transport(request, new InvalidOperationException("The connection's HTTP pipeline has no bounded body reader."), "failed unexpectedly");
                    var headers = response.Content == null
                        ? (IEnumerable<KeyValuePair<string, IEnumerable<string>>>)response.Headers
                        : response.Headers.Concat(response.Content.Headers);
                    var answer = new ApiResponse(response.StatusCode, headers, body, ProviderName, request.Operation, !request.IsIdempotent, Secrets);
                    if (!response.IsSuccessStatusCode)
                    {
                        throw Failure(request, answer, response.ReasonPhrase, ReadError(answer));
                    }

                    var refusal = (_errors as ISuccessRefusalReader)?.RefusalIn(body);
                    if (refusal != null)
                    {
                        throw Refused(request, answer, refusal);
                    }

                    return answer;
                }
            }
        }

        private HttpRequestMessage CreateMessage(ApiRequest request, DateTimeOffset deadline)
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

            MessageMarks.Mark(message, request, deadline);
            return message;
        }

        private ProviderError ReadError(ApiResponse answer)
        {
            try
            {
                return _errors.Read((int)answer.Status, answer.Header, answer.Body);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                return new ProviderError();
            }
        }

        private CallerIdException Failure(ApiRequest request, ApiResponse answer, string? reasonPhrase, ProviderError details)
        {
            var status = (int)answer.Status;
            var meaning = request.MeaningOf(status);
            var kind = meaning?.Kind ?? StatusClassifier.Kind(status);
            var providerMessage = Secrets.Clean(details.Message);
            var said = providerMessage ?? Secrets.Clean(reasonPhrase) ?? "no reason given";
            var requestId = Secrets.Clean(details.RequestId);
            var retryAfter = RetryAfterHeader.Read(answer.Header("Retry-After"), DateTimeOffset.UtcNow);
            var mayHaveActed = !request.IsIdempotent && StatusClassifier.MayHaveActed(status);
            var message = $"{ProviderName} could not {request.Operation}: {said} (HTTP {status}"
                + (requestId != null ? $", request id {requestId})." : ").")
                + (mayHaveActed ? $" It was sent once and not repeated: {ProviderName} may have carried it out before answering {status}." : "");
            var hint = meaning?.Hint
                ?? (mayHaveActed ? ErrorHints.For(CallerIdErrorKind.OutcomeUnknown)
                : retryAfter.HasValue && status == 429 ? WaitHint(retryAfter.Value)
                : null);
            return new CallerIdException(kind, message, hint)
            {
                Provider = ProviderName,
                HttpStatus = status,
                ProviderMessage = providerMessage,
                RequestId = requestId,
                ProviderDetails = details.Details,
                IsRetryable = StatusClassifier.IsTransient(status) && !mayHaveActed,
                Operation = request.Operation,
                RetryAfter = retryAfter,
                ProviderMayHaveActed = mayHaveActed,
                OffendingValue = meaning?.About,
            };
        }

        private string WaitHint(TimeSpan wait) => string.Format(
            CultureInfo.InvariantCulture,
            "{0} asked to wait {1:0.#} s (until {2:u}); run it again after that.",
            ProviderName,
            wait.TotalSeconds,
            DateTimeOffset.UtcNow + wait);

        /// <summary>A refusal inside a 2xx answer (2Chat's success:false): the provider said no, so it did not act.</summary>
        private CallerIdException Refused(ApiRequest request, ApiResponse answer, ProviderError refusal)
        {
            var said = Secrets.Clean(refusal.Message) ?? "no reason given";
            return new CallerIdException(
                CallerIdErrorKind.ProviderError,
                $"{ProviderName} refused to {request.Operation}: {said} (HTTP {(int)answer.Status}, success: false).",
                $"Nothing was done: correct what {ProviderName} names, or check the account on {ProviderName}'s dashboard.")
            {
                Provider = ProviderName,
                HttpStatus = (int)answer.Status,
                ProviderMessage = Secrets.Clean(refusal.Message),
                Operation = request.Operation,
            };
        }

        private CallerIdException Transport(ApiRequest request, Exception cause, string what)
        {
            var socket = SocketFailureOf(cause);
            var unresolved = socket != null && (socket.SocketErrorCode == SocketError.HostNotFound || socket.SocketErrorCode == SocketError.TryAgain || socket.SocketErrorCode == SocketError.NoData);
            var nothingSent = socket != null && (socket.SocketErrorCode == SocketError.ConnectionRefused || unresolved);
            var detail = Secrets.Clean(Describe(cause));
            if (!request.IsIdempotent && !nothingSent)
            {
                return new CallerIdException(
                    CallerIdErrorKind.OutcomeUnknown,
                    $"{ProviderName}: '{request.Operation}' {what} ({detail}); it was sent once and not repeated, and the provider may or may not have carried it out.",
                    null,
                    cause)
                {
                    Provider = ProviderName,
                    Operation = request.Operation,
                    ProviderMayHaveActed = true,
                };
            }

            if (unresolved)
            {
                // A mistyped host does not come back by waiting; only "try again" from the resolver (TryAgain) might.
                return new CallerIdException(
                    CallerIdErrorKind.ProviderUnavailable,
                    $"{ProviderName}: '{request.Operation}' could not be sent: the host name '{Origin.Host}' could not be resolved ({detail}).",
                    $"Check the host name: -BaseUri of Connect-CallerIdProvider, when you gave one; else this machine's DNS or proxy settings. Nothing was sent.",
                    cause)
                {
                    Provider = ProviderName,
                    Operation = request.Operation,
                    IsRetryable = socket!.SocketErrorCode == SocketError.TryAgain,
                };
            }

            return new CallerIdException(
                CallerIdErrorKind.ProviderUnavailable,
                $"{ProviderName}: '{request.Operation}' {what} ({detail}).",
                null,
                cause)
            {
                Provider = ProviderName,
                Operation = request.Operation,
                IsRetryable = true,
            };
        }

        private static SocketException? SocketFailureOf(Exception cause)
        {
            for (var e = cause.InnerException; e != null; e = e.InnerException)
            {
                if (e is SocketException socket) return socket;
            }

            return null;
        }

        private CallerIdException TooLarge(ApiRequest request, ResponseTooLargeException cause)
        {
            var unsafeRequest = !request.IsIdempotent;
            return new CallerIdException(
                unsafeRequest ? CallerIdErrorKind.OutcomeUnknown : CallerIdErrorKind.ProviderError,
                $"{ProviderName}: the answer to '{request.Operation}' was refused: {cause.Message}"
                    + (unsafeRequest ? " It was sent once and not repeated; the provider may have carried it out." : ""),
                unsafeRequest ? null : "No provider page is that large: the server is misbehaving. Try again later, or ask the provider.",
                cause)
            {
                Provider = ProviderName,
                Operation = request.Operation,
                ProviderMayHaveActed = unsafeRequest,
            };
        }

        private static string Describe(Exception cause)
        {
            var innermost = cause;
            while (innermost.InnerException != null && !(innermost is HttpRequestException && innermost.InnerException is System.IO.InvalidDataException))
            {
                innermost = innermost.InnerException;
            }

            return innermost is OperationCanceledException ? "no answer in time" : ProviderText.Cap(innermost.Message) ?? innermost.GetType().Name;
        }
    }
}

using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Http
{
    /// <summary>
    /// Sends again what failed for a passing reason, per <see cref="RetryPolicy"/>, and gives each attempt its own
    /// timeout. A request that is not safe to repeat (ApiRequest.IsIdempotent false: purchases, reservations, OTPs) is
    /// retried only after a 429, when the provider refused it without acting; its other failures go straight to the
    /// caller, which finds out what happened instead of guessing.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private static readonly Random Jitter = new Random();
        private readonly RetryPolicy _policy;
        private readonly TimeSpan _attemptTimeout;
        private readonly string _providerName;

        public RetryHandler(RetryPolicy policy, TimeSpan attemptTimeout, string providerName)
        {
            _policy = policy;
            _attemptTimeout = attemptTimeout;
            _providerName = providerName;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var idempotent = IsIdempotent(request);
            var waitedInTotal = TimeSpan.Zero;
            for (var attempt = 1; ; attempt++)
            {
                HttpResponseMessage? response = null;
                Exception? failure = null;
                using (var attemptToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    attemptToken.CancelAfter(_attemptTimeout);
                    try
                    {
                        response = await base.SendAsync(request, attemptToken.Token).ConfigureAwait(false);
                        if (response.Content != null)
                        {
                            // Read within the attempt's time, so a body that stalls counts against this attempt.
                            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                        }
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        response?.Dispose();
                        throw;
                    }
                    catch (OperationCanceledException e)
                    {
                        response?.Dispose();
                        response = null;
                        failure = new HttpRequestException(
                            string.Format(CultureInfo.InvariantCulture, "No answer within {0:0.#} s.", _attemptTimeout.TotalSeconds),
                            new TimeoutException(e.Message, e));
                    }
                    catch (HttpRequestException e)
                    {
                        response?.Dispose();
                        response = null;
                        failure = e;
                    }
                    catch (IOException e)
                    {
                        response?.Dispose();
                        response = null;
                        failure = new HttpRequestException(e.Message, e);
                    }
                }

                var retry = attempt <= _policy.MaxRetries
                    && (response != null ? RetryPolicy.MayRetry(response.StatusCode, idempotent) : idempotent);
                TimeSpan delay = TimeSpan.Zero;
                if (retry)
                {
                    var retryAfter = response == null ? null : RetryPolicy.RetryAfter(response, DateTimeOffset.UtcNow);
                    delay = _policy.DelayFor(attempt, retryAfter, Jitter);
                    retry = waitedInTotal + delay <= _policy.MaxTotalDelay;
                }

                if (!retry)
                {
                    if (response != null) return response;
                    throw failure!;
                }

                var reason = response != null
                    ? $"HTTP {(int)response.StatusCode}" + (response.Headers.RetryAfter != null ? " with Retry-After" : "")
                    : failure!.Message;
                RequestLogScope.Current?.Verbose(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} {1}: {2}; retry {3} of {4} in {5:0.0} s.",
                    _providerName,
                    request.Method,
                    reason,
                    attempt,
                    _policy.MaxRetries,
                    delay.TotalSeconds));
                response?.Dispose();
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                waitedInTotal += delay;
            }
        }

        private static bool IsIdempotent(HttpRequestMessage request)
        {
#pragma warning disable CS0618 // Properties is the bag netstandard2.0 has.
            return request.Properties.TryGetValue(ProviderApi.RequestProperty, out var value) && value is ApiRequest api
                ? api.IsIdempotent
                : request.Method == HttpMethod.Get;
#pragma warning restore CS0618
        }
    }
}

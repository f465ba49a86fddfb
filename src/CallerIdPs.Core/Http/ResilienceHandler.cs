using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CallerIdPs.Http
{
    /// <summary>
    /// Outermost stage: Polly's retry around Polly's per-attempt timeout. Only a request that is safe to repeat (a read,
    /// or a write marked idempotent) is ever sent again, after a transient status (<see cref="StatusClassifier.IsTransient"/>)
    /// or a transport failure; one that changes something is sent at most once, whatever comes back (see
    /// <see cref="ApiRequest.IsIdempotent"/>). A Retry-After is honoured as sent when it fits the call's patience (its
    /// remaining deadline and waiting budget); past that the call ends at once and the 429 reaches the caller, with the wait.
    /// </summary>
    internal sealed class ResilienceHandler : DelegatingHandler
    {
        private static readonly ResiliencePropertyKey<CallState> StateKey = new ResiliencePropertyKey<CallState>("CallerId.CallState");
        private static readonly Random Jitter = new Random();

        private readonly RetryPolicy _policy;
        private readonly TimeSpan _attemptTimeout;
        private readonly string _providerName;
        private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

        public ResilienceHandler(RetryPolicy policy, TimeSpan attemptTimeout, string providerName)
        {
            _policy = policy;
            _attemptTimeout = attemptTimeout;
            _providerName = providerName;
            var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
            if (policy.MaxRetries > 0)
            {
                builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = policy.MaxRetries,
                    ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, args.AttemptNumber)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(args.Context.Properties.GetValue(StateKey, null!).NextDelay),
                    OnRetry = args =>
                    {
                        Told(args.Context, args.Outcome, args.AttemptNumber + 1, args.RetryDelay);
                        return default;
                    },
                });
            }

            _pipeline = builder.AddTimeout(attemptTimeout).Build();
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(StateKey, new CallState(request, MessageMarks.IsSafeToRepeat(request), MessageMarks.DeadlineOf(request)));
            try
            {
                var outcome = await _pipeline.ExecuteOutcomeAsync(
                    async (ctx, message) =>
                    {
                        try
                        {
                            return Outcome.FromResult(await base.SendAsync(message, ctx.CancellationToken).ConfigureAwait(false));
                        }
                        catch (Exception e)
                        {
                            return Outcome.FromException<HttpResponseMessage>(e);
                        }
                    },
                    context,
                    request).ConfigureAwait(false);
                if (outcome.Exception is TimeoutRejectedException timedOut)
                {
                    throw new HttpRequestException(
                        string.Format(CultureInfo.InvariantCulture, "No answer within {0:0.#} s.", _attemptTimeout.TotalSeconds),
                        new TimeoutException(timedOut.Message, timedOut));
                }

                outcome.ThrowIfException();
                return outcome.Result!;
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attempt)
        {
            var state = context.Properties.GetValue(StateKey, null!);
            if (!state.SafeToRepeat || context.CancellationToken.IsCancellationRequested)
            {
                return false;
            }

            TimeSpan? retryAfter = null;
            if (outcome.Result != null)
            {
                if (!StatusClassifier.IsTransient((int)outcome.Result.StatusCode))
                {
                    return false;
                }

                retryAfter = RetryAfterHeader.Read(outcome.Result, DateTimeOffset.UtcNow);
            }
            else if (!IsTransportFailure(outcome.Exception))
            {
                return false;
            }

            var delay = retryAfter ?? Backoff(attempt + 1);
            var patience = state.Patience(_policy.MaxTotalDelay);
            if (delay > patience)
            {
                if (retryAfter.HasValue)
                {
                    RequestLogScope.Current?.Verbose(string.Format(
                        CultureInfo.InvariantCulture,
                        "{0} {1}: HTTP {2} asks to wait {3:0.#} s, more than this call's remaining {4:0.#} s; not retried.",
                        _providerName,
                        state.Method,
                        (int)outcome.Result!.StatusCode,
                        retryAfter.Value.TotalSeconds,
                        Math.Max(0, patience.TotalSeconds)));
                }

                return false;
            }

            state.NextDelay = delay;
            return true;
        }

        private static bool IsTransportFailure(Exception? failure) =>
            failure is HttpRequestException || failure is TimeoutRejectedException || failure is IOException;

        /// <summary>Exponential backoff with full jitter, and a floor so a retry never fires immediately.</summary>
        private TimeSpan Backoff(int retry)
        {
            var ceiling = Math.Min(_policy.MaxDelay.TotalMilliseconds, _policy.BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1));
            double fraction;
            lock (Jitter)
            {
                fraction = Jitter.NextDouble();
            }

            return TimeSpan.FromMilliseconds(Math.Max(_policy.BaseDelay.TotalMilliseconds / 2, ceiling * fraction));
        }

        private void Told(ResilienceContext context, Outcome<HttpResponseMessage> outcome, int retry, TimeSpan delay)
        {
            var state = context.Properties.GetValue(StateKey, null!);
            state.Waited += delay;
            var reason = outcome.Result != null
                ? $"HTTP {(int)outcome.Result.StatusCode}" + (outcome.Result.Headers.RetryAfter != null ? " with Retry-After" : "")
                : outcome.Exception is TimeoutRejectedException
                    ? string.Format(CultureInfo.InvariantCulture, "no answer within {0:0.#} s", _attemptTimeout.TotalSeconds)
                    : outcome.Exception?.Message;
            RequestLogScope.Current?.Verbose(string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1}: {2}; retry {3} of {4} in {5:0.0} s.",
                _providerName,
                state.Method,
                reason,
                retry,
                _policy.MaxRetries,
                delay.TotalSeconds));
        }

        /// <summary>One call's bookkeeping across its attempts.</summary>
        private sealed class CallState
        {
            private readonly DateTimeOffset? _deadline;

            public CallState(HttpRequestMessage request, bool safeToRepeat, DateTimeOffset? deadline)
            {
                Method = request.Method;
                SafeToRepeat = safeToRepeat;
                _deadline = deadline;
            }

            public HttpMethod Method { get; }

            public bool SafeToRepeat { get; }

            public TimeSpan Waited { get; set; }

            public TimeSpan? NextDelay { get; set; }

            /// <summary>How long this call may still wait: what is left of its waiting budget and of its deadline.</summary>
            public TimeSpan Patience(TimeSpan budget)
            {
                var left = budget - Waited;
                if (_deadline.HasValue)
                {
                    var untilDeadline = _deadline.Value - DateTimeOffset.UtcNow;
                    if (untilDeadline < left) left = untilDeadline;
                }

                return left;
            }
        }
    }
}

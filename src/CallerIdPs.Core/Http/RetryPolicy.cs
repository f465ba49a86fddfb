using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace CallerIdPs.Http
{
    /// <summary>
    /// When and how long to wait before trying a request again: 429, 502, 503 and 504 answers and transient network
    /// failures, with exponential backoff and full jitter, honouring Retry-After, bounded in count and in total waiting.
    /// </summary>
    public sealed class RetryPolicy
    {
        public int MaxRetries { get; set; } = 4;

        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

        /// <summary>All waits of one request together never exceed this; past it the last failure is reported.</summary>
        public TimeSpan MaxTotalDelay { get; set; } = TimeSpan.FromSeconds(60);

        public static bool IsRetryableStatus(HttpStatusCode status)
        {
            var code = (int)status;
            return code == 429 || code == 502 || code == 503 || code == 504;
        }

        /// <summary>
        /// Whether an answer may be retried for a request of this kind. A 429 means the provider refused without acting,
        /// so even a purchase may be sent again; any other failure of a non-idempotent request may have done the work.
        /// </summary>
        public static bool MayRetry(HttpStatusCode status, bool idempotent) =>
            (int)status == 429 || (idempotent && IsRetryableStatus(status));

        /// <summary>The wait before retry number <paramref name="attempt"/> (1-based).</summary>
        public TimeSpan DelayFor(int attempt, TimeSpan? retryAfter, Random random)
        {
            if (retryAfter.HasValue && retryAfter.Value > TimeSpan.Zero)
            {
                return retryAfter.Value < MaxDelay ? retryAfter.Value : MaxDelay;
            }

            var ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
            double fraction;
            lock (random)
            {
                fraction = random.NextDouble();
            }

            // Full jitter, with a floor so a retry never fires immediately.
            return TimeSpan.FromMilliseconds(Math.Max(BaseDelay.TotalMilliseconds / 2, ceiling * fraction));
        }

        /// <summary>Retry-After as seconds or an HTTP date.</summary>
        public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
        {
            var header = response.Headers.RetryAfter;
            if (header == null) return null;
            if (header.Delta.HasValue) return header.Delta.Value;
            if (header.Date.HasValue) return header.Date.Value - now;
            return null;
        }
    }
}

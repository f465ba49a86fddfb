using System;

namespace CallerIdPs.Http
{
    /// <summary>
    /// How hard a connection tries a safe request again (see <see cref="ResilienceHandler"/>): how many retries, the
    /// exponential backoff's base and ceiling, and the total a call may spend waiting. Tests shorten the waits.
    /// </summary>
    public sealed class RetryPolicy
    {
        public int MaxRetries { get; set; } = 4;

        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>The ceiling of one backoff wait. A Retry-After is honoured as sent, within <see cref="MaxTotalDelay"/>.</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

        /// <summary>All waits of one call together never exceed this; a Retry-After past it fails the call at once.</summary>
        public TimeSpan MaxTotalDelay { get; set; } = TimeSpan.FromSeconds(60);
    }
}

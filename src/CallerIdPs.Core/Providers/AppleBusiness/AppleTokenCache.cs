using System;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Providers.AppleBusiness
{
    /// <summary>
    /// One connection's access token. Apple asks that a token be reused until it expires, never fetched per request:
    /// the token is kept until shortly before expires_in, and concurrent requests that find none wait for one fetch.
    /// </summary>
    internal sealed class AppleTokenCache
    {
        private readonly Func<CancellationToken, Task<AppleAccessToken>> _fetch;
        private readonly Func<DateTimeOffset> _now;
        private readonly SemaphoreSlim _fetching = new SemaphoreSlim(1, 1);
        private readonly object _gate = new object();
        private string? _token;
        private DateTimeOffset _renewAt;
        private int _fetches;

        public AppleTokenCache(Func<CancellationToken, Task<AppleAccessToken>> fetch, Func<DateTimeOffset> now)
        {
            _fetch = fetch;
            _now = now;
        }

        /// <summary>Tokens fetched so far.</summary>
        public int Fetches => Volatile.Read(ref _fetches);

        /// <summary>A token renewed this long before it expires, so one never runs out mid-request: a minute, or a tenth of a short lifetime.</summary>
        public static TimeSpan Margin(TimeSpan lifetime) =>
            TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, lifetime.Ticks / 10));

        public Task<string> GetAsync(CancellationToken cancellationToken) => ObtainAsync(null, cancellationToken);

        /// <summary>After Apple said "Expired Token" for <paramref name="rejected"/>: a new token, fetched once however many requests ask.</summary>
        public Task<string> RenewAsync(string rejected, CancellationToken cancellationToken) => ObtainAsync(rejected, cancellationToken);

        private async Task<string> ObtainAsync(string? rejected, CancellationToken cancellationToken)
        {
            var current = Usable(rejected);
            if (current != null)
            {
                return current;
            }

            await _fetching.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Another request may have fetched one while this one waited.
                current = Usable(rejected);
                if (current != null)
                {
                    return current;
                }

                var fetched = await _fetch(cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref _fetches);
                lock (_gate)
                {
                    _token = fetched.Value;
                    _renewAt = _now() + fetched.Lifetime - Margin(fetched.Lifetime);
                }

                return fetched.Value;
            }
            finally
            {
                _fetching.Release();
            }
        }

        private string? Usable(string? rejected)
        {
            lock (_gate)
            {
                return _token != null && _token != rejected && _now() < _renewAt ? _token : null;
            }
        }
    }
}

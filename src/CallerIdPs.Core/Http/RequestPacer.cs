using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Http
{
    /// <summary>
    /// Keeps one connection under its provider's limit (N requests in any window of T), shared by every cmdlet and
    /// pipeline on the connection, so a long listing or bulk job is never throttled in the first place. Requests go out
    /// at once while there is room in the window and wait for the oldest to age out when there is not.
    /// </summary>
    public sealed class RequestPacer
    {
        // The provider counts arrivals, we count departures: a margin of 2% of the window (20 ms to 500 ms) keeps the
        // two windows from overlapping without giving away more than a few percent of the allowed rate.
        private static TimeSpan MarginOf(TimeSpan window) =>
            TimeSpan.FromMilliseconds(Math.Min(500, Math.Max(20, window.TotalMilliseconds * 0.02)));

        private const int UnpacedMemory = 1000;
        private readonly object _gate = new object();
        private readonly Queue<DateTimeOffset> _sent = new Queue<DateTimeOffset>();
        private readonly Func<DateTimeOffset> _now;
        private int _limit;
        private TimeSpan _window;

        public RequestPacer(Func<DateTimeOffset>? now = null)
        {
            _now = now ?? (() => DateTimeOffset.UtcNow);
        }

        /// <summary>Requests allowed per window; 0 = no pacing.</summary>
        public int Limit { get { lock (_gate) return _limit; } }

        public TimeSpan Window { get { lock (_gate) return _window; } }

        /// <summary>True when the limit is the user's (-RequestsPerMinute), not the provider's.</summary>
        public bool SetByUser { get; private set; }

        public void SetLimit(int count, TimeSpan window, bool setByUser = false)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
            lock (_gate)
            {
                _limit = count;
                _window = window;
                SetByUser = setByUser;
            }
        }

        /// <summary>Waits for room in the window, then takes a slot. Returns how long it waited.</summary>
        /// <param name="beforeWait">Told how long each wait will be, before it starts (so the user hears of it as it happens).</param>
        public async Task<TimeSpan> WaitAsync(CancellationToken cancellationToken, Action<TimeSpan>? beforeWait = null)
        {
            var waited = TimeSpan.Zero;
            while (true)
            {
                TimeSpan delay;
                lock (_gate)
                {
                    var now = _now();
                    if (_limit == 0)
                    {
                        // Not paced yet (the connection is still learning its limit), but counted: those requests
                        // are in the provider's window too once the limit applies.
                        _sent.Enqueue(now);
                        while (_sent.Count > UnpacedMemory) _sent.Dequeue();
                        return waited;
                    }

                    while (_sent.Count > 0 && now - _sent.Peek() >= _window + MarginOf(_window))
                    {
                        _sent.Dequeue();
                    }

                    if (_sent.Count < _limit)
                    {
                        _sent.Enqueue(now);
                        return waited;
                    }

                    delay = _sent.Peek() + _window + MarginOf(_window) - now;
                }

                if (delay > TimeSpan.Zero)
                {
                    beforeWait?.Invoke(delay);
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    waited += delay;
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>
    /// A provider's rate limit as the emulators enforce it: at most N admitted requests in any window of T, counted on
    /// the emulator's clock. Refused requests do not count. Not thread-safe: emulators call it under their gate.
    /// </summary>
    public sealed class SlidingWindowLimit
    {
        private readonly Queue<DateTimeOffset> _admitted = new Queue<DateTimeOffset>();

        /// <summary>Admits a request at <paramref name="now"/>, or says how long until the oldest one leaves the window.</summary>
        public bool TryAdmit(DateTimeOffset now, int limit, TimeSpan window, out TimeSpan retryAfter)
        {
            while (_admitted.Count > 0 && now - _admitted.Peek() >= window)
            {
                _admitted.Dequeue();
            }

            if (_admitted.Count >= limit)
            {
                retryAfter = _admitted.Peek() + window - now;
                return false;
            }

            _admitted.Enqueue(now);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }
}

using System;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>The emulator's notion of now. Tests move it forward to expire reservations, tokens and OTPs without waiting.</summary>
    public sealed class EmulatorClock
    {
        private readonly object _gate = new object();
        private TimeSpan _offset;

        public DateTimeOffset UtcNow
        {
            get
            {
                lock (_gate)
                {
                    return DateTimeOffset.UtcNow + _offset;
                }
            }
        }

        public void Advance(TimeSpan by)
        {
            lock (_gate)
            {
                _offset += by;
            }
        }
    }
}

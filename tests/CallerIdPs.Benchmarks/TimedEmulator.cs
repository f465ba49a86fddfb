using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Benchmarks
{
    /// <summary>Wraps an emulator and adds up the time it spends answering: the "provider's own service time".</summary>
    internal sealed class TimedEmulator : IApiEmulator
    {
        private readonly IApiEmulator _inner;
        private long _ticks;
        private int _requests;

        public TimedEmulator(IApiEmulator inner) => _inner = inner;

        public TimeSpan ServiceTime => TimeSpan.FromTicks(Interlocked.Read(ref _ticks) * TimeSpan.TicksPerSecond / Stopwatch.Frequency);

        public int Requests => Volatile.Read(ref _requests);

        public async Task<EmulatorResponse> HandleAsync(EmulatorRequest request, CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                return await _inner.HandleAsync(request, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - started);
                Interlocked.Increment(ref _requests);
            }
        }
    }
}

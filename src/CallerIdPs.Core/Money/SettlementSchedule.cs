using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Money
{
    /// <summary>
    /// When the account is checked after a request that spends lost its answer: at once, then again while the provider
    /// may still be activating the number (2Chat answers 202 and lists PENDING_ACTIVATION). The window is not cut
    /// short by -TimeoutSec: absence proves nothing until it has passed (each check has its own timeout). Tests give a
    /// delay that does not wait.
    /// </summary>
    public sealed class SettlementSchedule
    {
        public SettlementSchedule(IEnumerable<TimeSpan> offsets, Func<TimeSpan, CancellationToken, Task>? delay = null)
        {
            Offsets = offsets.OrderBy(o => o).ToList();
            if (Offsets.Count == 0) throw new ArgumentException("At least one check is needed.", nameof(offsets));
            Delay = delay ?? Task.Delay;
        }

        /// <summary>0, 2, 5 and 10 seconds after the answer was lost.</summary>
        public static SettlementSchedule Default { get; } = new SettlementSchedule(new[] { 0, 2, 5, 10 }.Select(s => TimeSpan.FromSeconds(s)));

        /// <summary>How long after the lost answer each check runs.</summary>
        public IReadOnlyList<TimeSpan> Offsets { get; }

        internal Func<TimeSpan, CancellationToken, Task> Delay { get; }

        /// <summary>The last check's offset: how long absence must hold before it counts as proof.</summary>
        public TimeSpan Window => Offsets[Offsets.Count - 1];

    }
}

using System;
using System.Diagnostics;
using System.Management.Automation;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Write-Progress for long listings and bulk work: at most a few updates a second, nothing at all when
    /// $ProgressPreference is SilentlyContinue or the session is not interactive (runbooks, services, redirected hosts).
    /// </summary>
    internal sealed class ProgressReporter
    {
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
        private readonly Action<ProgressRecord> _write;
        private readonly ProgressRecord _record;
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
        private readonly bool _enabled;
        private bool _shown;

        /// <param name="write">Where records go: the pump's WriteProgress from async work, or the cmdlet's own on its thread.</param>
        /// <remarks>Safe to create inside async work: whether progress is wanted was read on the pipeline thread
        /// (see <see cref="CallerIdCmdlet.ProgressWanted"/>), never here on a worker thread.</remarks>
        public ProgressReporter(CallerIdCmdlet cmdlet, Action<ProgressRecord> write, int activityId, string activity)
        {
            _write = write;
            _record = new ProgressRecord(activityId, activity, "Starting…");
            _enabled = cmdlet.ProgressWanted();
        }

        /// <summary>Reports <paramref name="done"/> of <paramref name="total"/> (total null when unknown).</summary>
        public void Report(long done, long? total, string what)
        {
            if (!_enabled || (_shown && _sinceLast.Elapsed < Interval)) return;
            _sinceLast.Restart();
            _shown = true;
            _record.StatusDescription = total.HasValue ? $"{done:N0} of {total.Value:N0} {what}" : $"{done:N0} {what}";
            _record.PercentComplete = total.HasValue && total.Value > 0 ? (int)Math.Min(100, done * 100 / total.Value) : -1;
            _record.RecordType = ProgressRecordType.Processing;
            _write(_record);
        }

        public void Complete()
        {
            if (!_enabled || !_shown) return;
            var done = new ProgressRecord(_record.ActivityId, _record.Activity, "Done") { RecordType = ProgressRecordType.Completed };
            _write(done);
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Providers;
using CallerIdPs.Money;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Runs async work for a cmdlet without blocking on it: the work runs on the thread pool and hands every write to
    /// this pump, which performs them on the pipeline thread (the only thread allowed to call WriteObject and friends).
    /// Nothing here waits on a task from the pipeline thread while that task needs the pipeline thread, so no deadlock.
    /// Ctrl+C, or a downstream command that stops the pipeline, cancels the work and its requests in flight.
    /// </summary>
    internal sealed class CmdletPump : ICmdletOutput, IRequestLog, IListingConsumer, IWaitLog, IDisposable
    {
        private const int ObjectsInFlight = 256;
        private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

        private readonly CallerIdCmdlet _cmdlet;
        private readonly ConcurrentQueue<Action> _actions = new ConcurrentQueue<Action>();
        private readonly SemaphoreSlim _signal = new SemaphoreSlim(0);
        private readonly SemaphoreSlim _objectSlots = new SemaphoreSlim(ObjectsInFlight);
        private readonly CancellationTokenSource _cancel;
        private readonly object _unwrittenGate = new object();
        private int _unwritten;
        private TaskCompletionSource<bool>? _caughtUp;
        private readonly UnsafeRequestsInFlight _unsafe = new UnsafeRequestsInFlight();

        public CmdletPump(CallerIdCmdlet cmdlet, CancellationToken stopping, bool debugEnabled)
        {
            _cmdlet = cmdlet;
            _cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            IsDebugEnabled = debugEnabled;
        }

        public bool IsDebugEnabled { get; }

        /// <summary>Runs <paramref name="work"/> to completion, pumping its writes; rethrows its failure on this thread.</summary>
        public T Run<T>(Func<ICmdletOutput, CancellationToken, Task<T>> work)
        {
            var token = _cancel.Token;
            var task = Task.Run(
                async () =>
                {
                    using (RequestLogScope.Begin(this))
                    using (ListingConsumerScope.Begin(this))
                    using (UnsafeRequestWatch.Begin(_unsafe))
                    {
                        return await work(this, token).ConfigureAwait(false);
                    }
                },
                token);
            task.ContinueWith(_ => _signal.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

            try
            {
                while (true)
                {
                    _signal.Wait(token);
                    Drain();
                    if (task.IsCompleted)
                    {
                        Drain();
                        break;
                    }
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Ctrl+C: cancel the work and its requests in flight (but see through any that spends or deletes), then stop.
                _cancel.Cancel();
                Stop(task);
                throw new PipelineStoppedException();
            }
            catch
            {
                // A write failed, typically because a downstream command stopped the pipeline (Select-Object -First):
                // cancel the work, and let the original exception tell PowerShell how far the stop reaches.
                _cancel.Cancel();
                Stop(task);
                throw;
            }

            if (task.IsCanceled || (task.IsFaulted && task.Exception?.GetBaseException() is OperationCanceledException && token.IsCancellationRequested))
            {
                throw new PipelineStoppedException();
            }

            return task.GetAwaiter().GetResult();
        }

        public async Task WriteObjectAsync(object item)
        {
            await _objectSlots.WaitAsync(_cancel.Token).ConfigureAwait(false);
            lock (_unwrittenGate) _unwritten++;
            Post(() =>
            {
                _objectSlots.Release();
                try
                {
                    _cmdlet.WriteObject(item);
                }
                finally
                {
                    Written();
                }
            });
        }

        public void WriteWarning(string text) => Post(() => _cmdlet.WriteWarning(text));

        public void WriteVerbose(string text) => Post(() => _cmdlet.WriteVerbose(text));

        public void WriteProgress(ProgressRecord record) => Post(() => _cmdlet.WriteProgress(record));

        public void WriteDebug(string text) => Post(() => _cmdlet.WriteDebug(text));

        public void WriteError(CallerIdException error, object? target) => Post(() => _cmdlet.WriteError(ErrorRecords.From(error, target)));

        /// <summary>A listing asks before its next page: wait until the pipeline has taken every object written so far,
        /// so a downstream Select-Object -First stops the work before another page is bought.</summary>
        public async Task WhenCaughtUpAsync(CancellationToken cancellationToken)
        {
            Task caughtUp;
            lock (_unwrittenGate)
            {
                if (_unwritten == 0)
                {
                    return;
                }

                _caughtUp = _caughtUp ?? new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                caughtUp = _caughtUp.Task;
            }

            using (var cancelled = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cancel.Token))
            {
                await Task.WhenAny(caughtUp, Task.Delay(Timeout.Infinite, cancelled.Token)).ConfigureAwait(false);
                cancelled.Cancel(); // ends the delay when the pipeline caught up first
            }

            cancellationToken.ThrowIfCancellationRequested();
            _cancel.Token.ThrowIfCancellationRequested();
        }

        private void Written()
        {
            TaskCompletionSource<bool>? caughtUp = null;
            lock (_unwrittenGate)
            {
                if (--_unwritten == 0)
                {
                    caughtUp = _caughtUp;
                    _caughtUp = null;
                }
            }

            caughtUp?.TrySetResult(true);
        }

        void IRequestLog.Verbose(string message) => WriteVerbose(message);

        void IRequestLog.Debug(string message) => WriteDebug(message);

        // A bar of its own under the cmdlet's, so a listing paused by the provider's limit says why while it waits.
        private const int WaitActivityId = 0x7A17;
        private const string WaitActivity = "Waiting for the provider's rate limit";

        void IWaitLog.Waiting(string message, TimeSpan delay) =>
            WriteProgress(new ProgressRecord(WaitActivityId, WaitActivity, message) { SecondsRemaining = (int)Math.Ceiling(delay.TotalSeconds) });

        void IWaitLog.DoneWaiting() =>
            WriteProgress(new ProgressRecord(WaitActivityId, WaitActivity, "Done") { RecordType = ProgressRecordType.Completed });

        public void Dispose()
        {
            _cancel.Dispose();
            _signal.Dispose();
            _objectSlots.Dispose();
        }

        private void Post(Action action)
        {
            _actions.Enqueue(action);

            // One pending wake-up is enough: the pipeline thread drains everything queued when it wakes. Signalling per
            // object made it wake (and context-switch) once per caller ID.
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }

        private void Drain()
        {
            while (_actions.TryDequeue(out var action))
            {
                action();
            }
        }

        /// <summary>Waits for a request that spends or deletes to end, then tells the host about it: a stopped pipeline takes no more writes.</summary>
        private void Stop(Task task)
        {
            _unsafe.WaitAfterStop(task, _cmdlet.Host.UI.WriteWarningLine);
            WaitQuietly(task);
            foreach (var notice in _unsafe.Notices())
            {
                _cmdlet.Host.UI.WriteWarningLine(notice);
            }
        }

        private static void WaitQuietly(Task task)
        {
            try
            {
                task.Wait(StopGrace);
            }
            catch (AggregateException)
            {
                // The work's own failure after cancellation is of no interest once the pipeline stops.
            }
        }
    }
}

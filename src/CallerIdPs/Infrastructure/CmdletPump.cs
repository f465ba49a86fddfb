using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Runs async work for a cmdlet without blocking on it: the work runs on the thread pool and hands every write to
    /// this pump, which performs them on the pipeline thread (the only thread allowed to call WriteObject and friends).
    /// Nothing here waits on a task from the pipeline thread while that task needs the pipeline thread, so no deadlock.
    /// Ctrl+C, or a downstream command that stops the pipeline, cancels the work and its requests in flight.
    /// </summary>
    internal sealed class CmdletPump : ICmdletOutput, IRequestLog, IWaitLog, IDisposable
    {
        private const int ObjectsInFlight = 256;
        private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

        private readonly CallerIdCmdlet _cmdlet;
        private readonly ConcurrentQueue<Action> _actions = new ConcurrentQueue<Action>();
        private readonly SemaphoreSlim _signal = new SemaphoreSlim(0);
        private readonly SemaphoreSlim _objectSlots = new SemaphoreSlim(ObjectsInFlight);
        private readonly CancellationTokenSource _cancel;

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
                // Ctrl+C: cancel the work and its requests in flight, then stop.
                _cancel.Cancel();
                WaitQuietly(task);
                throw new PipelineStoppedException();
            }
            catch
            {
                // A write failed, typically because a downstream command stopped the pipeline (Select-Object -First):
                // cancel the work, and let the original exception tell PowerShell how far the stop reaches.
                _cancel.Cancel();
                WaitQuietly(task);
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
            Post(() =>
            {
                _objectSlots.Release();
                _cmdlet.WriteObject(item);
            });
        }

        public void WriteWarning(string text) => Post(() => _cmdlet.WriteWarning(text));

        public void WriteVerbose(string text) => Post(() => _cmdlet.WriteVerbose(text));

        public void WriteProgress(ProgressRecord record) => Post(() => _cmdlet.WriteProgress(record));

        public void WriteDebug(string text) => Post(() => _cmdlet.WriteDebug(text));

        public void WriteError(CallerIdException error, object? target) => Post(() => _cmdlet.WriteError(ErrorRecords.From(error, target)));

        public Task<T> OnPipelineThreadAsync<T>(Func<T> action)
        {
            var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            Post(() =>
            {
                try
                {
                    completion.SetResult(action());
                }
                catch (Exception e)
                {
                    completion.SetException(e);
                    throw;
                }
            });
            return completion.Task;
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

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
    /// Runs async work for a cmdlet without blocking on it: the work's own code resumes on the pipeline thread (the only
    /// thread allowed to call WriteObject and friends) and writes there directly; what it writes from a pool thread is
    /// queued, and this pump performs it on the pipeline thread.
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
        private int _pagesBeingHandedOver;
        private readonly object _resumeGate = new object();
        private bool _resumingElsewhere;
        private Thread? _pipelineThread;
        private SynchronizationContext? _outerContext;
        private PumpContext? _context;
        private TaskCompletionSource<bool>? _caughtUp;
        private readonly UnsafeRequestsInFlight _unsafe = new UnsafeRequestsInFlight();

        public CmdletPump(CallerIdCmdlet cmdlet, CancellationToken stopping, bool verboseEnabled, bool debugEnabled)
        {
            _cmdlet = cmdlet;
            _cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            IsVerboseEnabled = verboseEnabled;
            IsDebugEnabled = debugEnabled;
        }

        /// <summary>Whether the cmdlet's verbose stream is shown, as its thread read it when the work started.</summary>
        public bool IsVerboseEnabled { get; }

        public bool IsDebugEnabled { get; }

        /// <summary>Runs <paramref name="work"/> to completion, pumping its writes; rethrows its failure on this thread.</summary>
        /// <remarks>
        /// The work starts on this (the pipeline) thread, and its own awaits resume here (through <see cref="PumpContext"/>),
        /// while the providers' code below it resumes on the thread pool (it awaits with ConfigureAwait(false)). So a listing
        /// hops threads once per page, when the page has arrived, and writes its objects straight to the pipeline; handing
        /// every object from a pool thread to this one made the two threads take turns (and spin) for each caller ID.
        /// </remarks>
        public T Run<T>(Func<ICmdletOutput, CancellationToken, Task<T>> work)
        {
            var token = _cancel.Token;
            _pipelineThread = Thread.CurrentThread;
            _outerContext = SynchronizationContext.Current;
            var task = token.IsCancellationRequested ? Task.FromCanceled<T>(token) : OnPumpContext(() => Start(work, token));
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
            finally
            {
                // Whatever still resumes on this pump after it returns (nothing should) runs on the thread pool instead.
                StopResuming();
            }

            if (task.IsCanceled || (task.IsFaulted && task.Exception?.GetBaseException() is OperationCanceledException && token.IsCancellationRequested))
            {
                throw new PipelineStoppedException();
            }

            return task.GetAwaiter().GetResult();
        }

        private async Task<T> Start<T>(Func<ICmdletOutput, CancellationToken, Task<T>> work, CancellationToken token)
        {
            using (RequestLogScope.Begin(this))
            using (ListingConsumerScope.Begin(this))
            using (UnsafeRequestWatch.Begin(_unsafe))
            {
                return await work(this, token).ConfigureAwait(true);
            }
        }

        public Task WriteObjectAsync(object item)
        {
            // On the pipeline thread with nothing queued before it: write it now, as a cmdlet's own WriteObject would.
            if (Thread.CurrentThread == _pipelineThread && !_resumingElsewhere && _actions.IsEmpty)
            {
                // Downstream commands run inside WriteObject: they see the pipeline thread's own context, not the pump's
                // (a script blocking on a task that captured the pump's context would wait for itself). Set inline: no
                // closure and delegate for each object of a listing.
                var previous = SynchronizationContext.Current;
                SynchronizationContext.SetSynchronizationContext(_outerContext);
                try
                {
                    _cmdlet.WriteObject(item);
                }
                catch
                {
                    _cancel.Cancel(); // the pipeline stopped (Select-Object -First) or failed: so does the work
                    throw;
                }
                finally
                {
                    SynchronizationContext.SetSynchronizationContext(previous);
                }

                return Task.CompletedTask;
            }

            return QueueObjectAsync(item);
        }

        private async Task QueueObjectAsync(object item)
        {
            var slot = _objectSlots.WaitAsync(_cancel.Token);
            if (!slot.IsCompleted)
            {
                Wake(); // the pipeline thread frees the slots: hand it what a page scope still holds
                await slot.ConfigureAwait(false);
            }

            lock (_unwrittenGate) _unwritten++;
            Post(wake: Volatile.Read(ref _pagesBeingHandedOver) == 0, action: () =>
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
            Wake();
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

        /// <summary>While a listing hands over a page from memory, its objects wake the pipeline thread once, at the end
        /// (or when the listing stops), not once each: waking it per object made the two threads take turns per caller ID.</summary>
        public IDisposable HandingOverPage()
        {
            Interlocked.Increment(ref _pagesBeingHandedOver);
            return new PageHandOver(this);
        }

        private sealed class PageHandOver : IDisposable
        {
            private CmdletPump? _pump;

            public PageHandOver(CmdletPump pump) => _pump = pump;

            public void Dispose()
            {
                var pump = Interlocked.Exchange(ref _pump, null);
                if (pump != null)
                {
                    Interlocked.Decrement(ref pump._pagesBeingHandedOver);
                    pump.Wake();
                }
            }
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

        // PowerShell would drop the line anyway; not posting it spares the pipeline thread a wake-up per request.
        void IRequestLog.Verbose(string message)
        {
            if (IsVerboseEnabled) WriteVerbose(message);
        }

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

        private void Post(Action action, bool wake = true)
        {
            _actions.Enqueue(action);
            if (wake)
            {
                Wake();
            }
        }

        /// <summary>One pending wake-up is enough: the pipeline thread drains everything queued when it wakes.</summary>
        private void Wake()
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }

        private T OnPumpContext<T>(Func<T> run)
        {
            var previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(_context ?? (_context = new PumpContext(this)));
            try
            {
                return run();
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }
        }

        /// <summary>A continuation of the work, to run on the pipeline thread; once the pump stops, on the thread pool.</summary>
        private void Resume(SendOrPostCallback callback, object? state)
        {
            lock (_resumeGate)
            {
                if (!_resumingElsewhere)
                {
                    _actions.Enqueue(new Resumption(this, callback, state).Run);
                    Wake();
                    return;
                }
            }

            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        /// <summary>From now on the work resumes on the thread pool; continuations already queued go there too, and
        /// queued writes are dropped (the pipeline takes no more once it stopped).</summary>
        private void StopResuming()
        {
            lock (_resumeGate)
            {
                if (_resumingElsewhere) return;
                _resumingElsewhere = true;
            }

            while (_actions.TryDequeue(out var action))
            {
                if (action.Target is Resumption resumption)
                {
                    ThreadPool.QueueUserWorkItem(_ => resumption.RunWithoutPump());
                }
            }
        }

        private sealed class Resumption
        {
            private readonly CmdletPump _pump;
            private readonly SendOrPostCallback _callback;
            private readonly object? _state;

            public Resumption(CmdletPump pump, SendOrPostCallback callback, object? state)
            {
                _pump = pump;
                _callback = callback;
                _state = state;
            }

            public void Run() => _pump.OnPumpContext(() =>
            {
                _callback(_state);
                return true;
            });

            public void RunWithoutPump() => _callback(_state);
        }

        /// <summary>Where the work's own awaits resume: the pipeline thread, through the pump's queue.</summary>
        private sealed class PumpContext : SynchronizationContext
        {
            private readonly CmdletPump _pump;

            public PumpContext(CmdletPump pump) => _pump = pump;

            public override void Post(SendOrPostCallback d, object? state) => _pump.Resume(d, state);

            public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("The cmdlet pump does not run work synchronously from another thread.");

            public override SynchronizationContext CreateCopy() => this;
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
            StopResuming(); // the work must go on without this thread while it waits for the work below
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

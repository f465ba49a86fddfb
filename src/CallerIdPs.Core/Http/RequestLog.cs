using System;

namespace CallerIdPs.Http
{
    /// <summary>Where the HTTP pipeline tells what it does. A cmdlet installs one for the duration of its async work
    /// (it becomes -Verbose and -Debug output); with none installed, nothing is logged.</summary>
    public interface IRequestLog
    {
        void Verbose(string message);

        /// <summary>False when nobody will see verbose lines: the pipeline then skips writing its request lines (and the
        /// cmdlet's thread is not woken for each one).</summary>
        bool IsVerboseEnabled { get; }

        void Debug(string message);

        /// <summary>False lets the pipeline skip building header and body dumps nobody will see.</summary>
        bool IsDebugEnabled { get; }
    }

    /// <summary>A request log that also shows waits while they last (a cmdlet shows them as a progress status).</summary>
    public interface IWaitLog
    {
        /// <summary>A wait of <paramref name="delay"/> starts now, e.g. "Waiting 54 s for 2Chat's limit of 80 requests a minute".</summary>
        void Waiting(string message, TimeSpan delay);

        void DoneWaiting();
    }

    /// <summary>The request log of the current async flow. Flows with ExecutionContext into every handler.</summary>
    public static class RequestLogScope
    {
        private static readonly AmbientScope<IRequestLog> Scope = new AmbientScope<IRequestLog>();

        public static IRequestLog? Current => Scope.Current;

        public static IDisposable Begin(IRequestLog log) => Scope.Begin(log);
    }
}

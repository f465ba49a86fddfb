using System;
using CallerIdPs.Journal;

namespace CallerIdPs.Money
{
    /// <summary>
    /// Told when a request that spends or deletes starts and ends, so the command running it can wait for it after
    /// Ctrl+C instead of abandoning it, and say which number is affected.
    /// </summary>
    public interface IUnsafeRequestWatcher
    {
        /// <param name="bound">How long, at most, the request and its settling may still take.</param>
        void Started(JournalEntry entry, TimeSpan bound);

        void Finished(JournalEntry entry);
    }

    /// <summary>The watcher of the current async flow, like the request log.</summary>
    public static class UnsafeRequestWatch
    {
        private static readonly AmbientScope<IUnsafeRequestWatcher> Scope = new AmbientScope<IUnsafeRequestWatcher>();

        public static IUnsafeRequestWatcher? Current => Scope.Current;

        public static IDisposable Begin(IUnsafeRequestWatcher watcher) => Scope.Begin(watcher);
    }
}

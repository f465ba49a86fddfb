using System;
using System.Threading;

namespace CallerIdPs
{
    /// <summary>A value that flows with the current async flow (ExecutionContext) for the duration of a scope, then is restored.</summary>
    internal sealed class AmbientScope<T>
        where T : class
    {
        private readonly AsyncLocal<T?> _current = new AsyncLocal<T?>();

        public T? Current => _current.Value;

        public IDisposable Begin(T value)
        {
            var previous = _current.Value;
            _current.Value = value;
            return new Restore(this, previous);
        }

        private sealed class Restore : IDisposable
        {
            private readonly AmbientScope<T> _scope;
            private readonly T? _previous;

            public Restore(AmbientScope<T> scope, T? previous)
            {
                _scope = scope;
                _previous = previous;
            }

            public void Dispose() => _scope._current.Value = _previous;
        }
    }
}

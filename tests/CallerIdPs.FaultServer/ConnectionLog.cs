using System;
using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.FaultServer
{
    /// <summary>What happened on one connection that carried a slow fault (stall, drip, bomb): when the client went away.</summary>
    public sealed class SlowAnswer
    {
        private readonly object _gate = new object();
        private long _bytesSent;
        private DateTimeOffset? _clientGoneAt;

        internal SlowAnswer(string request, FaultKind kind)
        {
            Request = request;
            Kind = kind;
            StartedAt = DateTimeOffset.UtcNow;
        }

        public string Request { get; }

        public FaultKind Kind { get; }

        public DateTimeOffset StartedAt { get; }

        /// <summary>Body bytes the client accepted (written without error).</summary>
        public long BytesSent
        {
            get
            {
                lock (_gate) return _bytesSent;
            }
        }

        /// <summary>When the server saw the client close or reset the connection; null while it is still open.</summary>
        public DateTimeOffset? ClientGoneAt
        {
            get
            {
                lock (_gate) return _clientGoneAt;
            }
        }

        internal void Sent(long bytes)
        {
            lock (_gate) _bytesSent += bytes;
        }

        internal void ClientGone()
        {
            lock (_gate) _clientGoneAt ??= DateTimeOffset.UtcNow;
        }
    }

    /// <summary>Every slow answer, in order. Thread-safe.</summary>
    public sealed class SlowAnswerLog
    {
        private readonly List<SlowAnswer> _answers = new List<SlowAnswer>();

        internal SlowAnswer Start(string request, FaultKind kind)
        {
            var answer = new SlowAnswer(request, kind);
            lock (_answers) _answers.Add(answer);
            return answer;
        }

        public IReadOnlyList<SlowAnswer> All
        {
            get
            {
                lock (_answers) return _answers.ToList();
            }
        }
    }
}

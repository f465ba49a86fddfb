using System;
using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>
    /// Faults the emulator injects, per endpoint and per count: latency, error statuses (with or without Retry-After),
    /// dropped connections, truncated or malformed JSON, and failures after the request was carried out
    /// (the case where a purchase happened but its answer was lost).
    /// </summary>
    public sealed class FaultPlan
    {
        private readonly object _gate = new object();
        private readonly List<FaultRule> _rules = new List<FaultRule>();

        /// <summary>A rule for requests with this method (or "*") whose path matches the pattern:
        /// literal segments, "*" for any one segment, a final "**" for any rest.</summary>
        public FaultRule On(string method, string pathPattern)
        {
            var rule = new FaultRule(method.ToUpperInvariant(), pathPattern);
            lock (_gate)
            {
                _rules.Add(rule);
            }

            return rule;
        }

        public void Clear()
        {
            lock (_gate)
            {
                _rules.Clear();
            }
        }

        /// <summary>How many faults have been injected so far.</summary>
        public int Injected { get; private set; }

        internal FaultRule? Take(EmulatorRequest request)
        {
            lock (_gate)
            {
                var rule = _rules.FirstOrDefault(r => r.Remaining != 0 && r.Matches(request));
                if (rule == null)
                {
                    return null;
                }

                if (rule.Remaining > 0)
                {
                    rule.Remaining--;
                }

                Injected++;
                return rule;
            }
        }
    }

    public enum FaultAction
    {
        /// <summary>Answer with an error status and the provider's error body.</summary>
        Status,
        /// <summary>Close the connection without answering.</summary>
        Drop,
        /// <summary>Wait, then answer normally.</summary>
        Latency,
        /// <summary>Answer normally but cut the body in half.</summary>
        Truncate,
        /// <summary>Answer normally but with a body that is not JSON.</summary>
        Malform,
    }

    public sealed class FaultRule
    {
        private readonly string _method;
        private readonly string[] _pattern;

        internal FaultRule(string method, string pathPattern)
        {
            _method = method;
            _pattern = pathPattern.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        }

        /// <summary>How many more requests this rule catches; -1 for all of them.</summary>
        public int Remaining { get; internal set; } = -1;

        public FaultAction Action { get; private set; } = FaultAction.Status;

        public int Status { get; private set; } = 503;

        public string? Message { get; private set; }

        public TimeSpan? RetryAfter { get; private set; }

        public TimeSpan Latency { get; private set; }

        /// <summary>Carry out the request first, then fail: the provider did it but the client never learns so.</summary>
        public bool AfterProcessing { get; private set; }

        public FaultRule Times(int count)
        {
            Remaining = count;
            return this;
        }

        public FaultRule Respond(int status, string? message = null, TimeSpan? retryAfter = null)
        {
            Action = FaultAction.Status;
            Status = status;
            Message = message;
            RetryAfter = retryAfter;
            return this;
        }

        public FaultRule Drop()
        {
            Action = FaultAction.Drop;
            return this;
        }

        public FaultRule Delay(TimeSpan latency)
        {
            Action = FaultAction.Latency;
            Latency = latency;
            return this;
        }

        public FaultRule Truncate()
        {
            Action = FaultAction.Truncate;
            return this;
        }

        public FaultRule Malform()
        {
            Action = FaultAction.Malform;
            return this;
        }

        public FaultRule AfterTheWorkIsDone()
        {
            AfterProcessing = true;
            return this;
        }

        internal bool Matches(EmulatorRequest request)
        {
            if (_method != "*" && _method != request.Method)
            {
                return false;
            }

            var segments = request.RawPath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < _pattern.Length; i++)
            {
                if (_pattern[i] == "**")
                {
                    return true;
                }

                if (i >= segments.Length || (_pattern[i] != "*" && !string.Equals(_pattern[i], Uri.UnescapeDataString(segments[i]), StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return segments.Length == _pattern.Length;
        }
    }
}

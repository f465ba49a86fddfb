using System;
using System.Collections.Generic;

namespace CallerIdPs.FaultServer
{
    /// <summary>Faults by method and path prefix, each used up after its <see cref="Fault.Times"/>. Thread-safe.</summary>
    public sealed class FaultRules
    {
        private readonly List<(string Method, string PathPrefix, Fault Fault, int[] Left)> _rules = new List<(string, string, Fault, int[])>();

        /// <summary>Adds a fault for requests whose method is <paramref name="method"/> and whose path starts with <paramref name="pathPrefix"/>.</summary>
        public FaultRules On(string method, string pathPrefix, Fault fault)
        {
            lock (_rules) _rules.Add((method, pathPrefix, fault, new[] { fault.Times }));
            return this;
        }

        public void Clear()
        {
            lock (_rules) _rules.Clear();
        }

        /// <summary>The first rule that matches and is not used up, which this call uses once; or null.</summary>
        internal Fault? Take(RawRequest request)
        {
            lock (_rules)
            {
                foreach (var (method, prefix, fault, left) in _rules)
                {
                    if (left[0] > 0
                        && string.Equals(method, request.Method, StringComparison.OrdinalIgnoreCase)
                        && request.Path.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        left[0]--;
                        return fault;
                    }
                }
            }

            return null;
        }
    }
}

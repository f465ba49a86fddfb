using System;
using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.Benchmarks
{
    internal static class Stats
    {
        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0) throw new ArgumentException("No values.");
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Providers;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// A read over several connections asks only those that can answer the parameters given (a filter or a type their
    /// provider lacks is refused before any request). A connection left out is told with -Verbose; when none is left,
    /// the read fails with one InvalidInput error that says why for each, because silence would read as "nothing found".
    /// A single connection (named with -Connection, or the only one open) that cannot answer is refused with its own reason.
    /// </summary>
    internal static class AnsweringConnections
    {
        /// <param name="cannotAnswer">Null when the connection can answer; otherwise why not and the value refused (the error's TargetObject).</param>
        /// <param name="asked">What was asked, for the error when none can answer: "state Published", "US, sharedcost".</param>
        /// <param name="skipped">Hears "Skipped 'X': why." for a connection left out while others answer.</param>
        /// <exception cref="CallerIdException">InvalidInput when no candidate can answer, about the value refused.</exception>
        public static IReadOnlyList<T> Of<T>(IReadOnlyList<T> candidates, Func<T, CallerIdConnection> connectionOf, Func<T, FilterRefusal?> cannotAnswer, Func<string> asked, Action<string> skipped)
        {
            // Plain loops: LINQ over the value tuples Get-CallerId passes compiled a dozen iterator types on a session's first
            // listing (BENCHMARKS.md, run of 09:16 UTC).
            var answering = new List<T>(candidates.Count);
            var refused = new List<Refused>();
            foreach (var candidate in candidates)
            {
                var refusal = cannotAnswer(candidate);
                if (refusal == null) answering.Add(candidate);
                else refused.Add(new Refused(connectionOf(candidate).Name, Sentence(refusal.Reason), refusal));
            }

            if (answering.Count > 0 || refused.Count == 0)
            {
                foreach (var r in refused) skipped($"Skipped '{r.Name}': {r.Reason}");
                return answering;
            }

            if (refused.Count == 1)
            {
                throw CallerIdException.InvalidInputFor(refused[0].Reason, refused[0].Refusal.Value);
            }

            // Connections of one provider refuse with one reason: said once, after their names.
            var why = refused.GroupBy(r => r.Reason, StringComparer.Ordinal).Select(g => $"{string.Join(", ", g.Select(r => r.Name))}: {g.Key}");
            throw new CallerIdException(
                CallerIdErrorKind.InvalidInput,
                $"No connection can answer this ({asked()}), so none was asked. {string.Join(" ", why)}",
                "Change or leave out what they refuse.")
            {
                OffendingValue = FilterRefusal.CommonValue(refused.Select(r => r.Refusal)),
            };
        }

        /// <inheritdoc cref="Of{T}"/>
        public static IReadOnlyList<CallerIdConnection> Of(IReadOnlyList<CallerIdConnection> candidates, Func<CallerIdConnection, FilterRefusal?> cannotAnswer, Func<string> asked, Action<string> skipped) =>
            Of(candidates, c => c, cannotAnswer, asked, skipped);

        private sealed class Refused
        {
            public Refused(string name, string reason, FilterRefusal refusal)
            {
                Name = name;
                Reason = reason;
                Refusal = refusal;
            }

            public string Name { get; }

            public string Reason { get; }

            public FilterRefusal Refusal { get; }
        }

        private static string Sentence(string reason) => reason.TrimEnd().EndsWith(".", StringComparison.Ordinal) ? reason.TrimEnd() : reason.TrimEnd() + ".";
    }
}

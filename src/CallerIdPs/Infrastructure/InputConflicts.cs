using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Errors;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Inputs of which a command takes one (a reservation, a number or a group): a typed one that meets another, typed or
    /// piped, is refused rather than one of them being used silently. A piped object alone may bind several of them by
    /// property name (a reservation its ReservationId, an available number its GroupId): that is still one input.
    /// </summary>
    internal static class InputConflicts
    {
        /// <summary>Null when at most one input stands; otherwise the InvalidInput error naming them, about the typed value.</summary>
        public static CallerIdException? OneOf(Func<string, bool> typed, string purpose, params (string Name, object? Value)[] inputs)
        {
            var given = inputs.Where(p => p.Value != null).ToList();
            var onCommandLine = given.Where(p => typed(p.Name)).ToList();
            if (onCommandLine.Count == 0 || given.Count < 2) return null;
            var names = new List<string>(onCommandLine.Select(p => "-" + p.Name));
            var piped = given.FirstOrDefault(p => !typed(p.Name)).Value;
            if (piped != null) names.Add($"a piped {piped.GetType().Name}");
            return CallerIdException.InvalidInputFor(
                $"Say one thing to {purpose}: {string.Join(" and ", names)} were given together, and they may not be the same number.",
                onCommandLine[0].Value);
        }
    }
}

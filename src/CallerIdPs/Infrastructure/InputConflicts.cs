using System.Linq;
using CallerIdPs.Errors;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Inputs of which a command takes one (a reservation, a number or a group; a caller ID's number or id): a typed one
    /// that meets another, typed or piped, is refused rather than one of them being used silently. A piped object alone
    /// may bind several of them by property name (a reservation its ReservationId, an available number its GroupId): that
    /// is still one input.
    /// </summary>
    internal static class InputConflicts
    {
        /// <summary>
        /// Null when at most one input stands; otherwise the InvalidInput error naming them, about the typed value. A piped
        /// input is named as the object that was piped ("a number group"), as the user knows it.
        /// </summary>
        /// <param name="purpose">What the one input is for: "buy" in "Say one thing to buy".</param>
        /// <param name="sameWhat">What the inputs may not agree on: "number" in "they may not be the same number".</param>
        public static CallerIdException? OneOf(CallerIdCmdlet cmdlet, string purpose, string sameWhat, params (string Name, object? Value)[] inputs)
        {
            var given = inputs.Where(p => p.Value != null).ToList();
            var onCommandLine = given.Where(p => cmdlet.GivenOnCommandLine(p.Name)).ToList();
            if (onCommandLine.Count == 0 || given.Count < 2) return null;
            var typed = string.Join(" and ", onCommandLine.Select(p => "-" + p.Name));
            var pipedValue = given.FirstOrDefault(p => !cmdlet.GivenOnCommandLine(p.Name)).Value;
            var together = pipedValue == null
                ? $"{typed} were given together"
                : $"{typed} {(onCommandLine.Count == 1 ? "was" : "were")} given and {PipedInput.Describe(PipedInput.Of(cmdlet) ?? pipedValue)} was piped";
            return CallerIdException.InvalidInputFor($"Say one thing to {purpose}: {together}; they may not be the same {sameWhat}.", onCommandLine[0].Value);
        }
    }
}

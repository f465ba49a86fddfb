using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;

namespace CallerIdPs.Money
{
    /// <summary>What the checks of a settling window found.</summary>
    internal sealed class CheckRound
    {
        /// <summary>The evidence of the first check that found what it looked for, or null.</summary>
        public string? Found { get; set; }

        /// <summary>Whether the last check read the account: absence counts only then, after the whole window.</summary>
        public bool LastCheckRead { get; set; }

        public List<string> Notes { get; } = new List<string>();

        public string AlsoNoted => Notes.Count == 0 ? "" : " (" + string.Join("; ", Notes) + ")";
    }

    /// <summary>
    /// Reads the account on the settling schedule until a check finds what it looks for. A check answers the evidence
    /// when it finds it, null when the account shows it is not there, and throws when the account cannot be read.
    /// </summary>
    internal static class AccountChecks
    {
        public static async Task<CheckRound> RunAsync(SettlementSchedule schedule, Func<string, CancellationToken, Task<string?>> check, CancellationToken cancellationToken)
        {
            var round = new CheckRound();
            var waited = TimeSpan.Zero;
            for (var i = 0; i < schedule.Offsets.Count; i++)
            {
                var offset = schedule.Offsets[i];
                if (offset > waited)
                {
                    await schedule.Delay(offset - waited, cancellationToken).ConfigureAwait(false);
                    waited = offset;
                }

                var when = $"check {i + 1} of {schedule.Offsets.Count} ({Seconds(offset)} after the lost answer)";
                try
                {
                    round.Found = await check(when, cancellationToken).ConfigureAwait(false);
                    round.LastCheckRead = true;
                }
                catch (CallerIdException e)
                {
                    round.LastCheckRead = false;
                    round.Notes.Add($"{when} could not read the account: {e.Message}");
                    continue;
                }

                if (round.Found != null) break;
            }

            return round;
        }

        public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Money
{
    /// <summary>
    /// Settles a purchase whose answer was lost by looking for the number among the account's numbers, on a schedule
    /// that leaves time for asynchronous activation. Numbers are compared digit for digit; a record the account no
    /// longer holds (released, being released) does not count. Bought as soon as one check finds it; not bought only
    /// when the last check, after the whole window, read the account and did not find it; unknown otherwise.
    /// Any provider that lists its numbers (<see cref="IVirtualNumberSource"/>) gets this for free.
    /// </summary>
    internal static class OwnershipCheck
    {
        public static Func<CallerIdException, CancellationToken, Task<Settlement<T>>> Purchase<T>(
            IVirtualNumberSource account,
            string number,
            SettlementSchedule schedule,
            Func<VirtualNumber, string, T> bought) =>
            async (lost, ct) =>
            {
                VirtualNumber? held = null;
                var notes = new List<string>();
                var round = await AccountChecks.RunAsync(
                    schedule,
                    async (when, t) =>
                    {
                        var same = new List<VirtualNumber>();
                        await foreach (var item in account.ListVirtualNumbersAsync(t).ConfigureAwait(false))
                        {
                            if (PhoneNumberMatch.Same(item.PhoneNumber, number)) same.Add(item);
                        }

                        foreach (var old in same.Where(n => !n.HeldByAccount))
                        {
                            var note = $"an earlier record {old.Id}{StatusOf(old)} is not held by the account and does not count";
                            if (!notes.Contains(note)) notes.Add(note);
                        }

                        held = same.LastOrDefault(n => n.HeldByAccount);
                        return held == null ? null : $"The answer to the purchase was lost ({lost.Message}); {when} lists {number} as {held.Id}{StatusOf(held)}, so it was bought.";
                    },
                    ct).ConfigureAwait(false);
                round.Notes.AddRange(notes);

                if (round.Found != null)
                {
                    return Settlement<T>.Done(bought(held!, round.Found), round.Found);
                }

                return round.LastCheckRead
                    ? Settlement<T>.NotDone($"{number} was not bought: {lost.Message} The account's numbers were read {schedule.Offsets.Count} time(s) over {AccountChecks.Seconds(schedule.Window)} and it was not among them{round.AlsoNoted}.")
                    : Settlement<T>.Unknown($"The purchase of {number} may or may not have happened: {lost.Message} The account's numbers could not be checked afterwards{round.AlsoNoted}.");
            };

        /// <summary>
        /// Settles a release or deletion whose answer was lost: gone (or being released) at any check means done; still
        /// there when the last check read the account means not done; unreadable means unknown.
        /// </summary>
        /// <param name="gone">Whether the account shows the thing removed; throws when the account cannot be read.</param>
        public static Func<CallerIdException, CancellationToken, Task<Settlement<bool>>> Removal(string what, SettlementSchedule schedule, Func<CancellationToken, Task<bool>> gone) =>
            async (lost, ct) =>
            {
                var round = await AccountChecks.RunAsync(
                    schedule,
                    async (when, t) => await gone(t).ConfigureAwait(false) ? $"The answer to the {what} was lost ({lost.Message}); {when} shows it done." : null,
                    ct).ConfigureAwait(false);
                if (round.Found != null) return Settlement<bool>.Done(true, round.Found);
                return round.LastCheckRead
                    ? Settlement<bool>.NotDone($"The {what} did not happen: {lost.Message} The account was read {schedule.Offsets.Count} time(s) over {AccountChecks.Seconds(schedule.Window)} and still shows it{round.AlsoNoted}.")
                    : Settlement<bool>.Unknown($"The {what} may or may not have happened: {lost.Message} The account could not be checked afterwards{round.AlsoNoted}.");
            };

        private static string StatusOf(VirtualNumber number) => number.HeldStatus == null ? "" : $" ({number.HeldStatus})";
    }
}

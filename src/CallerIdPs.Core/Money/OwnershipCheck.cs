using System;
using System.Collections.Generic;
using System.Globalization;
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
            (lost, ct) => SettleAsync(account, number, schedule, bought, lost, ct);

        private static async Task<Settlement<T>> SettleAsync<T>(
            IVirtualNumberSource account,
            string number,
            SettlementSchedule schedule,
            Func<VirtualNumber, string, T> bought,
            CallerIdException lost,
            CancellationToken cancellationToken)
        {
            var notes = new List<string>();
            var lastCheckRead = false;
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
                List<VirtualNumber> same;
                try
                {
                    same = new List<VirtualNumber>();
                    await foreach (var item in account.ListVirtualNumbersAsync(cancellationToken).ConfigureAwait(false))
                    {
                        if (PhoneNumberMatch.Same(item.PhoneNumber, number)) same.Add(item);
                    }
                }
                catch (CallerIdException e)
                {
                    lastCheckRead = false;
                    notes.Add($"{when} could not read the account: {e.Message}");
                    continue;
                }

                lastCheckRead = true;
                var held = same.LastOrDefault(n => n.HeldByAccount);
                if (held != null)
                {
                    var evidence = $"The answer to the purchase was lost ({lost.Message}); {when} lists {number} as {held.Id}{StatusOf(held)}, so it was bought.";
                    return Settlement<T>.Done(bought(held, evidence), evidence);
                }

                foreach (var old in same)
                {
                    var note = $"an earlier record {old.Id}{StatusOf(old)} is not held by the account and does not count";
                    if (!notes.Contains(note)) notes.Add(note);
                }
            }

            var also = notes.Count == 0 ? "" : " (" + string.Join("; ", notes) + ")";
            if (lastCheckRead)
            {
                return Settlement<T>.NotDone(
                    $"{number} was not bought: {lost.Message} The account's numbers were read {schedule.Offsets.Count} time(s) over {Seconds(schedule.Window)} and it was not among them{also}.");
            }

            return Settlement<T>.Unknown(
                $"The purchase of {number} may or may not have happened: {lost.Message} The account's numbers could not be checked afterwards{also}.");
        }

        private static string StatusOf(VirtualNumber number) => number.HeldStatus == null ? "" : $" ({number.HeldStatus})";

        private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
    }
}

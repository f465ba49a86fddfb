using System;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>
    /// Settles a purchase whose answer was lost (timeout, reset connection, 5xx after the body was sent, unreadable 2xx)
    /// by looking for the number among the account's numbers, so the module reports the truth instead of guessing:
    /// bought (with the proof), not bought (safe to try again), or unknown with exactly what to check. Nothing is re-sent.
    /// </summary>
    internal static class LostPurchase
    {
        /// <summary>A failure after which the provider may have done the work: the answer was lost, unreadable, a 5xx or a 429.</summary>
        public static bool OutcomeMayBeUnknown(CallerIdException e) =>
            e.ProviderMayHaveActed || e.Kind == CallerIdErrorKind.OutcomeUnknown || (e.HttpStatus.HasValue && e.HttpStatus.Value >= 500);

        /// <param name="number">The E.164 number that was being bought.</param>
        /// <param name="lost">The failure that hid the outcome.</param>
        /// <param name="findOwned">The account's number with that phone number, or null; may fail.</param>
        /// <param name="bought">The purchase result for the number found, given the sentence that proves it was bought.</param>
        /// <param name="stillHeld">Appended when nothing was bought ("The reservation … still holds the number…"), or "".</param>
        public static async Task<NumberPurchaseResult> SettleAsync<TOwned>(
            string number,
            CallerIdException lost,
            Func<CancellationToken, Task<TOwned?>> findOwned,
            Func<TOwned, string, NumberPurchaseResult> bought,
            string stillHeld,
            CancellationToken cancellationToken)
            where TOwned : VirtualNumber
        {
            TOwned? owned;
            try
            {
                owned = await findOwned(cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException)
            {
                throw lost.Reclassify(
                    CallerIdErrorKind.OutcomeUnknown,
                    $"Before buying again, check whether the account owns it: Get-VirtualNumber | Where-Object PhoneNumber -eq '{number}'.",
                    $"The purchase of {number} may or may not have happened: {lost.Message} The account's numbers could not be checked afterwards.");
            }

            if (owned != null)
            {
                return bought(owned, $"The answer to the purchase was lost ({lost.Message}); {number} is among the account's numbers as {owned.Id}, so it was bought.");
            }

            throw lost.Reclassify(
                lost.Kind == CallerIdErrorKind.OutcomeUnknown ? CallerIdErrorKind.ProviderUnavailable : lost.Kind,
                "Nothing was bought, so it is safe to try again.",
                $"{number} was not bought: {lost.Message} The account's numbers were checked and it is not among them.{stillHeld}",
                providerMayHaveActed: false);
        }
    }
}

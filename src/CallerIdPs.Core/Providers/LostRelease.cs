using System;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>
    /// Settles a release whose answer was lost by looking for the number on the account, as <see cref="LostPurchase"/>
    /// does for purchases: gone means released; still there means not released (proof enough to try again); an account
    /// that cannot be read means OutcomeUnknown with what to check. Nothing is re-sent.
    /// </summary>
    internal static class LostRelease
    {
        /// <param name="number">The E.164 number being released.</param>
        /// <param name="connectionName">For the hint's Get-VirtualNumber command.</param>
        /// <param name="lost">The failure that hid the outcome.</param>
        /// <param name="findOwned">The account's number, or null when the provider says it does not hold it; may fail.</param>
        public static async Task SettleAsync(string number, string connectionName, CallerIdException lost, Func<CancellationToken, Task<VirtualNumber?>> findOwned, CancellationToken cancellationToken)
        {
            VirtualNumber? still;
            try
            {
                still = await findOwned(cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException)
            {
                throw lost.Reclassify(
                    CallerIdErrorKind.OutcomeUnknown,
                    $"Before releasing again, check whether the account still has it: Get-VirtualNumber -Connection {connectionName} -PhoneNumber {number}.",
                    $"The release of {number} may or may not have happened: {lost.Message} The account's numbers could not be checked afterwards.");
            }

            if (still != null)
            {
                throw lost.Reclassify(
                    lost.Kind == CallerIdErrorKind.OutcomeUnknown ? CallerIdErrorKind.ProviderUnavailable : lost.Kind,
                    "The number is still on the account, so it is safe to try again.",
                    $"{number} was not released: {lost.Message} The account was checked and still has it.");
            }

            // Gone from the account: the release happened, though its answer was lost.
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>
    /// Finds out what happened when a purchase or reservation lost its answer (timeout, reset connection, 5xx after
    /// the body was sent, unreadable 2xx), so the module reports the truth instead of guessing: bought or reserved
    /// (with the proof), not done (safe to try again), or unknown with exactly what to check. Nothing is ever re-sent.
    /// </summary>
    internal sealed class TwoChatOutcomes
    {
        private readonly TwoChatClient _client;
        private readonly HashSet<string> _knownReservations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public TwoChatOutcomes(TwoChatClient client)
        {
            _client = client;
        }

        /// <summary>A reservation this connection has already seen, so it is not mistaken for the one whose answer was lost.</summary>
        public void Remember(string reservationId)
        {
            lock (_knownReservations) _knownReservations.Add(reservationId);
        }

        public Task<NumberPurchaseResult> SettlePurchaseAsync(NumberPurchaseOrder order, string number, CallerIdException lost, CancellationToken cancellationToken) =>
            LostPurchase.SettleAsync(
                number,
                lost,
                ct => _client.FindOwnedNumberAsync(number, ct),
                (owned, proof) => _client.PurchaseResult(order, number, owned, PurchaseStatus.Purchased, proof, owned.RawJson),
                order.ReservationId != null ? $" The reservation {order.ReservationId} still holds the number until it expires." : "",
                cancellationToken);

        public async Task<NumberReservation> SettleReservationAsync(string groupId, string? number, CallerIdException lost, CancellationToken cancellationToken)
        {
            IReadOnlyList<NumberReservation> active;
            try
            {
                active = await _client.ListActiveReservationsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException)
            {
                throw lost.Reclassify(
                    CallerIdErrorKind.OutcomeUnknown,
                    "Check Get-NumberReservation before reserving again; a reservation that was made expires on its own.",
                    $"The reservation in group {groupId} may or may not have been made: {lost.Message} The account's reservations could not be checked afterwards.");
            }

            List<NumberReservation> candidates;
            lock (_knownReservations)
            {
                candidates = active.Where(r => string.Equals(r.GroupId, groupId, StringComparison.OrdinalIgnoreCase)
                        && (number == null || r.PhoneNumber == number)
                        && !_knownReservations.Contains(r.Id))
                    .ToList();
            }

            if (candidates.Count == 1)
            {
                return candidates[0];
            }

            if (candidates.Count == 0)
            {
                throw lost.Reclassify(
                    lost.Kind == CallerIdErrorKind.OutcomeUnknown ? CallerIdErrorKind.ProviderUnavailable : lost.Kind,
                    "Nothing was reserved, so it is safe to try again.",
                    $"No reservation was made in group {groupId}: {lost.Message} The account's reservations were checked and hold no new one.",
                    providerMayHaveActed: false);
            }

            throw lost.Reclassify(
                CallerIdErrorKind.OutcomeUnknown,
                "Get-NumberReservation lists them; keep the one you want and release the others with Remove-NumberReservation.",
                $"The answer to the reservation in group {groupId} was lost and the account holds {candidates.Count} reservations in that group this connection did not make knowingly: {string.Join(", ", candidates.Select(c => $"{c.PhoneNumber} ({c.Id})"))}.");
        }
    }
}

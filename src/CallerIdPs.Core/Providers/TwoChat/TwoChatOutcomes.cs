using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Money;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>
    /// Finds out what happened when a reservation lost its answer: the account's active reservations show a new one in
    /// the group (made, with the proof), none (not made), or several this connection did not make knowingly (unknown).
    /// Purchases settle through <see cref="OwnershipCheck"/>, like every provider's.
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

        public bool Knows(string reservationId)
        {
            lock (_knownReservations) return _knownReservations.Contains(reservationId);
        }

        public async Task<Settlement<NumberReservation>> SettleReservationAsync(string groupId, string? number, CallerIdException lost, CancellationToken cancellationToken)
        {
            IReadOnlyList<NumberReservation> active;
            try
            {
                active = await _client.ListActiveReservationsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException)
            {
                return Settlement<NumberReservation>.Unknown(
                    $"The reservation in group {groupId} may or may not have been made: {lost.Message} The account's reservations could not be checked afterwards; a reservation that was made expires on its own.");
            }

            List<NumberReservation> candidates;
            lock (_knownReservations)
            {
                candidates = active.Where(r => string.Equals(r.GroupId, groupId, StringComparison.OrdinalIgnoreCase)
                        && (number == null || PhoneNumberMatch.Same(r.PhoneNumber, number))
                        && !_knownReservations.Contains(r.Id))
                    .ToList();
            }

            if (candidates.Count == 1)
            {
                var made = candidates[0];
                return Settlement<NumberReservation>.Done(made, $"The answer to the reservation was lost ({lost.Message}); the account's reservations show {made.PhoneNumber} reserved as {made.Id}.");
            }

            if (candidates.Count == 0)
            {
                return Settlement<NumberReservation>.NotDone(
                    $"No reservation was made in group {groupId}: {lost.Message} The account's reservations were checked and hold no new one.");
            }

            return Settlement<NumberReservation>.Unknown(
                $"The answer to the reservation in group {groupId} was lost and the account holds {candidates.Count} reservations in that group this connection did not make knowingly: {string.Join(", ", candidates.Select(c => $"{c.PhoneNumber} ({c.Id})"))}. Keep the one you want and release the others with Remove-NumberReservation.");
        }
    }
}

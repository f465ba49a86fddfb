using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Journal;
using CallerIdPs.Model;
using CallerIdPs.Money;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>Numbers held for the account before they are bought: reserved, listed, found by id, cancelled.</summary>
    public sealed partial class TwoChatClient : INumberReservations
    {
        /// <summary>A number listed from a group (Get-AvailableNumber) is reserved in that group.</summary>
        public NumberToReserve? ToReserve(AvailableNumber number) =>
            number is TwoChatAvailableNumber listed ? new NumberToReserve(listed.GroupId, listed.Group, listed.PhoneNumber) : null;

        /// <summary>Reserves <paramref name="number"/>, or a random number of the group when it is null.</summary>
        public async Task<NumberReservation> ReserveAsync(string groupId, NumberGroup? group, string? number, CancellationToken cancellationToken)
        {
            var id = Guard.Id(groupId, "GroupId");
            var e164 = number == null ? null : Guard.PhoneNumber(number);
            if (e164 != null && group != null && !group.AllowNumberSelection)
            {
                throw NoSelection(id);
            }

            var body = new Dictionary<string, string> { ["group_id"] = id };
            if (e164 != null) body["number"] = e164;
            var request = ApiRequest.Post("/open/numbers/reservations", e164 == null ? $"reserve a number of group {id}" : $"reserve {e164}", body)
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NotFound, "Find-NumberGroup lists the groups that exist.", about: id)
                .OnStatus(406, CallerIdErrorKind.NotSupported, NoSelectionHint)
                .OnStatus(422, CallerIdErrorKind.NumberUnavailable, about: e164);
            var what = new UnsafeRequest(JournalOperation.Reservation, e164 ?? $"a number of group {id}", $"Get-NumberReservation -Connection {_origin.ConnectionName}")
            {
                SetupPrice = group?.SetupPrice,
                MonthlyPrice = group?.MonthlyPrice,
                Currency = group?.Currency,
            };
            var made = await _origin.Unsafe.SendAsync(
                what,
                async ct =>
                {
                    var response = await _api.SendAsync(request, ct).ConfigureAwait(false);
                    return Parse(response, d => TwoChatParser.CreatedReservation(d, _origin, new ReservationContext(id, group)));
                },
                (lost, ct) => _outcomes.SettleReservationAsync(id, e164, lost, ct),
                cancellationToken).ConfigureAwait(false);

            _outcomes.Remember(made.Id);
            if (group == null) await AddGroupDetailsAsync(made, id, cancellationToken).ConfigureAwait(false);
            return made;
        }

        /// <summary>A reservation made by group id alone takes its group's price, place and requirements. The reservation
        /// already stands: a failed lookup leaves them empty (Invoke-NumberPurchase asks 2Chat again) rather than failing it.</summary>
        private async Task AddGroupDetailsAsync(NumberReservation made, string groupId, CancellationToken cancellationToken)
        {
            try
            {
                var group = await FindGroupAsync(groupId, made.PhoneNumber, cancellationToken).ConfigureAwait(false);
                if (group != null) TwoChatGroupDetails.Apply(made, group);
            }
            catch (CallerIdException)
            {
            }
        }

        public async Task<IReadOnlyList<NumberReservation>> ListReservationsAsync(CancellationToken cancellationToken)
        {
            var active = await ListActiveReservationsAsync(cancellationToken).ConfigureAwait(false);
            foreach (var reservation in active) _outcomes.Remember(reservation.Id);
            return active;
        }

        /// <summary>The active reservations, without marking them as seen (for settling a reservation whose answer was lost).</summary>
        internal async Task<IReadOnlyList<NumberReservation>> ListActiveReservationsAsync(CancellationToken cancellationToken)
        {
            var response = await _api.SendAsync(ApiRequest.Get("/open/numbers/reservations", "list reservations"), cancellationToken).ConfigureAwait(false);
            return Parse(response, d => TwoChatParser.Reservations(d, _origin));
        }

        /// <summary>The active reservation with this id, or null when it expired, was bought or never existed.</summary>
        public async Task<NumberReservation?> FindReservationAsync(string reservationId, CancellationToken cancellationToken)
        {
            var id = Guard.Id(reservationId, "Id");
            var active = await ListReservationsAsync(cancellationToken).ConfigureAwait(false);
            return active.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
        }

        public bool HasSeenReservation(string reservationId) => _outcomes.Knows((reservationId ?? "").Trim());

        public async Task CancelReservationAsync(string reservationId, CancellationToken cancellationToken)
        {
            var id = Guard.Id(reservationId, "Id");
            var request = ApiRequest.Delete(ApiPath.Format("/open/numbers/reservations/{0}", id), $"cancel reservation {id}")
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NotFound, "The reservation has expired, was bought, or was cancelled already: Get-NumberReservation lists the active ones.");
            var what = new UnsafeRequest(JournalOperation.ReservationRemoval, id, $"Get-NumberReservation -Connection {_origin.ConnectionName}");
            await _origin.Unsafe.SendAsync(
                what,
                ct => _api.SendAsync(request, ct),
                async ct => (await ListActiveReservationsAsync(ct).ConfigureAwait(false)).All(r => !string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)),
                cancellationToken).ConfigureAwait(false);
        }
    }
}

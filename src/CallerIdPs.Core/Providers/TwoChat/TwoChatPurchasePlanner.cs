using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Money;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>
    /// Works out what a 2Chat purchase buys, at what price and with which requirements, before anything is spent:
    /// a group or a number found through a group carries them; a number listed by group id alone, or a reservation
    /// made without its group, has them looked up (the group by id, the reservation in the active list, the
    /// requirements by country and type). What cannot be learned refuses the purchase.
    /// </summary>
    internal sealed class TwoChatPurchasePlanner
    {
        private readonly TwoChatClient _client;

        public TwoChatPurchasePlanner(TwoChatClient client)
        {
            _client = client;
        }

        public async Task<PurchasePlan> PlanAsync(ProviderRecord item, PurchaseOptions options, CancellationToken cancellationToken)
        {
            if (options.Name != null)
            {
                var refusal = ConnectionFactory.VirtualNumberChanges.NotNamedWhenBought(ProviderKind.TwoChat.DisplayName(), ConnectionFactory.ProvidersImplementing<INumberSeller>());
                throw CallerIdException.InvalidInputFor(refusal, options.Name);
            }

            switch (item)
            {
                case NumberGroup group:
                    return new PurchasePlan(
                        $"a random number of group {group.Id}{PlaceText.Where($"{group.Prefix} {group.Location}".Trim(), group.Type, group.Country)}",
                        null,
                        group.SetupPrice,
                        group.MonthlyPrice,
                        group.Currency,
                        group.Requirements,
                        ct => _client.PurchaseFromGroupAsync(group, ct));
                case TwoChatAvailableNumber number:
                    return await PlanNumberAsync(number, cancellationToken).ConfigureAwait(false);
                case NumberReservation reservation:
                    return await PlanReservationAsync(reservation, options, cancellationToken).ConfigureAwait(false);
                default:
                    throw CallerIdException.InvalidInputFor($"2Chat cannot buy a {item.GetType().Name}: pipe a group, an available number or a reservation.", item);
            }
        }

        private async Task<PurchasePlan> PlanNumberAsync(TwoChatAvailableNumber number, CancellationToken cancellationToken)
        {
            var group = number.Group ?? await _client.FindGroupAsync(number.GroupId, number.PhoneNumber, cancellationToken).ConfigureAwait(false);
            if (group == null)
            {
                throw new CallerIdException(
                    CallerIdErrorKind.NotFound,
                    $"The price and requirements of {number.PhoneNumber} are unknown: its group {number.GroupId} was not found among 2Chat's groups, so nothing was bought.",
                    "Pipe the group so they travel with the number: Find-NumberGroup … | Get-AvailableNumber | Invoke-NumberPurchase.")
                {
                    Provider = "2Chat",
                    OffendingValue = number,
                };
            }

            var order = NumberPurchaseOrder.From(number);
            order.Country ??= group.Country;
            order.Type ??= group.Type;
            order.SetupPrice ??= group.SetupPrice;
            order.MonthlyPrice ??= group.MonthlyPrice;
            order.Currency = group.Currency;
            // A number listed through its group carries the group's requirements; one listed by group id alone gets the group's
            // as found now (or by this connection within TwoChatGroupCache.Lifetime).
            var requirements = number.Group != null ? number.Requirements : group.Requirements;
            return new PurchasePlan(
                number.PhoneNumber + PlaceText.Where(number.Location ?? group.Location, order.Type, order.Country),
                number.PhoneNumber,
                order.SetupPrice,
                order.MonthlyPrice,
                order.Currency,
                requirements,
                ct => _client.PurchaseAsync(order, ct));
        }

        private async Task<PurchasePlan> PlanReservationAsync(NumberReservation reservation, PurchaseOptions options, CancellationToken cancellationToken)
        {
            if (reservation.IsExpiredAt(DateTimeOffset.UtcNow))
            {
                throw new CallerIdException(
                    CallerIdErrorKind.ReservationExpired,
                    $"The reservation of {reservation.PhoneNumber} ({reservation.Id}) expired at {DateText.Of(reservation.ExpiresAt)}; nothing was bought.")
                {
                    OffendingValue = reservation,
                };
            }

            // Every reservation is checked to still stand before money is spent: 2Chat buys the number of a cancelled or
            // expired reservation on the spot when it is still free, so the purchase itself would not refuse it.
            // The one the command has just read in this call (-ReservationId), from this account, stands already and is not read again.
            var active = ReferenceEquals(reservation, options.ReservationReadJustNow) && reservation.ConnectionName == _client.ConnectionName
                ? reservation
                : await ReadStandingAsync(reservation, cancellationToken).ConfigureAwait(false);
            if (!reservation.MonthlyPrice.HasValue && !reservation.SetupPrice.HasValue)
            {
                reservation = active;
            }

            IReadOnlyList<NumberRequirement> requirements = reservation.Requirements;
            if (requirements.Count == 0 && reservation.NeedsRegistration == true)
            {
                requirements = await RequirementsAsync(requirements, reservation.Country, reservation.Type, cancellationToken).ConfigureAwait(false);
            }

            var reserved = reservation;
            return new PurchasePlan(
                $"{reserved.PhoneNumber}{PlaceText.Where(reserved.Location, reserved.Type, reserved.Country)}",
                reserved.PhoneNumber,
                reserved.SetupPrice,
                reserved.MonthlyPrice,
                reserved.Currency,
                requirements,
                ct => _client.PurchaseReservationAsync(reserved, ct));
        }

        /// <summary>The reservation as 2Chat lists it now; ReservationExpired when it no longer stands. A reservation made
        /// without its group's details (New-NumberReservation -GroupId) takes its price from here.</summary>
        private async Task<NumberReservation> ReadStandingAsync(NumberReservation reservation, CancellationToken cancellationToken) =>
            await _client.FindReservationAsync(reservation.Id, cancellationToken).ConfigureAwait(false)
                ?? throw new CallerIdException(
                    CallerIdErrorKind.ReservationExpired,
                    $"The reservation of {reservation.PhoneNumber} ({reservation.Id}) is no longer active on 2Chat (it expired, was cancelled or was bought); nothing was bought.",
                    "Get-NumberReservation lists the active reservations; reserve the number again with New-NumberReservation if it is still available.")
                {
                    Provider = "2Chat",
                    OffendingValue = reservation,
                };

        /// <summary>The requirements already known, or 2Chat's list for the country and type when none came with the reservation.</summary>
        private async Task<IReadOnlyList<NumberRequirement>> RequirementsAsync(IReadOnlyList<NumberRequirement> known, string? country, NumberType? type, CancellationToken cancellationToken)
        {
            if (known.Count > 0 || country == null || !type.HasValue)
            {
                return known;
            }

            return await _client.ListRequirementsAsync(country, type.Value, cancellationToken).ConfigureAwait(false);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;
using CallerIdPs.Money;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>
    /// Buying numbers: a number (with or without its group), a reservation, or a random number of a group (reserved
    /// first). Planned by <see cref="TwoChatPurchasePlanner"/>; every purchase is sent once through UnsafeRequests.
    /// </summary>
    public sealed partial class TwoChatClient : INumberSeller
    {
        Task<PurchasePlan> INumberSeller.PlanPurchaseAsync(ProviderRecord item, PurchaseOptions options, CancellationToken cancellationToken) =>
            _planner.PlanAsync(item, options, cancellationToken);

        /// <summary>
        /// Buys one number. With a group id the documented body {group_id, number} is sent, otherwise the vendor's {number};
        /// both documented answers are understood.
        /// </summary>
        public async Task<NumberPurchaseResult> PurchaseAsync(NumberPurchaseOrder order, CancellationToken cancellationToken)
        {
            var number = Guard.PhoneNumber(order.PhoneNumber);
            var body = new Dictionary<string, string>();
            if (order.GroupId != null) body["group_id"] = Guard.Id(order.GroupId, "GroupId");
            body["number"] = number;
            var request = ApiRequest.Post("/open/numbers/purchase", $"buy {number}", body)
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NotFound, "The number's group no longer exists: find another with Find-NumberGroup.")
                .OnStatus(422, CallerIdErrorKind.NumberUnavailable);
            var what = UnsafeRequest.Purchase(number, _origin.ConnectionName, order.SetupPrice, order.MonthlyPrice, order.Currency);
            what.WhenNotDone = order.ReservationId == null ? null : $"The reservation {order.ReservationId} still holds the number until it expires.";
            return await _origin.Unsafe.SendAsync(
                what,
                ct => SendPurchaseAsync(request, order, number, ct),
                OwnershipCheck.Purchase<NumberPurchaseResult>(
                    this,
                    number,
                    _origin.Unsafe.Schedule,
                    (owned, proof) => PurchaseResult(order, number, (TwoChatVirtualNumber)owned, PurchaseStatus.Purchased, proof, owned.RawJson)),
                cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Sends the purchase once and reads 2Chat's answer; an answer that does not say either way is OutcomeUnknown.</summary>
        private async Task<NumberPurchaseResult> SendPurchaseAsync(ApiRequest request, NumberPurchaseOrder order, string number, CancellationToken cancellationToken)
        {
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var answer = Parse(response, d => TwoChatParser.Purchase(d, _origin, number));
            if (answer.Bought == false)
            {
                throw new CallerIdException(
                    CallerIdErrorKind.NumberUnavailable,
                    $"{_api.ProviderName} could not buy {number}: {answer.Message}")
                {
                    Provider = _api.ProviderName,
                    HttpStatus = (int)response.Status,
                    ProviderMessage = answer.Message,
                    Operation = $"buy {number}",
                };
            }

            if (answer.Bought == null)
            {
                throw new CallerIdException(
                    CallerIdErrorKind.OutcomeUnknown,
                    $"{_api.ProviderName} accepted the purchase request but did not list {number} as bought or failed.")
                {
                    Provider = _api.ProviderName,
                    HttpStatus = (int)response.Status,
                    Operation = $"buy {number}",
                    ProviderMayHaveActed = true,
                };
            }

            var owned = answer.Owned ?? await FindOwnedAsync(number, cancellationToken).ConfigureAwait(false);
            using (var document = response.ReadDocument())
            {
                var status = response.Status == HttpStatusCode.Accepted ? PurchaseStatus.Pending : PurchaseStatus.Purchased;
                return PurchaseResult(order, number, owned, status, answer.Message, document.RootElement);
            }
        }

        internal NumberPurchaseResult PurchaseResult(NumberPurchaseOrder order, string number, TwoChatVirtualNumber? owned, PurchaseStatus status, string? message, JsonElement raw)
        {
            var result = new NumberPurchaseResult
            {
                PhoneNumber = number,
                Status = status,
                VirtualNumber = owned,
                VirtualNumberId = owned?.Id,
                Name = owned?.Name,
                Country = order.Country ?? owned?.Country,
                GroupId = order.GroupId,
                ReservationId = order.ReservationId,
                SetupPrice = order.SetupPrice,
                MonthlyPrice = order.MonthlyPrice,
                Currency = order.Currency,
                Message = message,
                PurchasedAt = DateTimeOffset.UtcNow,
            };
            result.SetOrigin(_origin, raw);
            return result;
        }

        /// <summary>
        /// Buys a reserved number. When 2Chat refuses, the reservation is looked up: if it is gone (expired, cancelled,
        /// bought elsewhere) the error says so, which is what the admin needs to act on; 2Chat's own text then answers a
        /// different question (it judged the number as a fresh pick from the group) and stays in ProviderMessage only.
        /// </summary>
        public async Task<NumberPurchaseResult> PurchaseReservationAsync(NumberReservation reservation, CancellationToken cancellationToken)
        {
            try
            {
                return await PurchaseAsync(NumberPurchaseOrder.From(reservation), cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException refused) when (refused.HttpStatus >= 400 && refused.HttpStatus < 500 && refused.Kind != CallerIdErrorKind.OutcomeUnknown)
            {
                var active = await FindReservationAsync(reservation.Id, cancellationToken).ConfigureAwait(false);
                if (active != null)
                {
                    throw;
                }

                throw refused.Reclassify(
                    CallerIdErrorKind.ReservationExpired,
                    "Reserve the number again with New-NumberReservation (if it is still available), then buy it.",
                    $"The reservation of {reservation.PhoneNumber} ({reservation.Id}) is no longer active, so nothing was bought.");
            }
        }

        /// <summary>
        /// The documented purchase answer is a bare {success:true}: the new virtual number is looked up so the result
        /// carries its id. The purchase has happened either way, so a failed lookup leaves the id empty rather than failing.
        /// </summary>
        private async Task<TwoChatVirtualNumber?> FindOwnedAsync(string number, CancellationToken cancellationToken)
        {
            try
            {
                return await FindOwnedNumberAsync(number, cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException)
            {
                return null;
            }
        }

        /// <summary>Buys a random number of a group: reserves one first, so the number is known before money is spent,
        /// then buys that reservation. If buying fails the reservation stands, and the error says so.</summary>
        public async Task<NumberPurchaseResult> PurchaseFromGroupAsync(NumberGroup group, CancellationToken cancellationToken)
        {
            var reservation = await ReserveAsync(group.Id, group, null, cancellationToken).ConfigureAwait(false);
            try
            {
                return await PurchaseReservationAsync(reservation, cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException e)
            {
                throw e.Reclassify(
                    e.Kind,
                    $"The number stays reserved as {reservation.Id} until {DateText.Of(reservation.ExpiresAt)}: buy it with Get-NumberReservation | Invoke-NumberPurchase, or release it with Remove-NumberReservation.",
                    e.Message + $" {reservation.PhoneNumber} was reserved first and is still held (reservation {reservation.Id}).");
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Model;

namespace CallerIdPs.Money
{
    /// <summary>
    /// What a purchase will buy, at what price and with which regulatory requirements, worked out before anything is
    /// spent, with the one call that buys it. Built by the provider (<see cref="INumberSeller"/>), shown in the prompt.
    /// </summary>
    public sealed class PurchasePlan
    {
        private readonly Func<CancellationToken, Task<NumberPurchaseResult>> _buy;

        public PurchasePlan(string subject, string? phoneNumber, decimal? setupPrice, decimal? monthlyPrice, string currency, IReadOnlyList<NumberRequirement> requirements, Func<CancellationToken, Task<NumberPurchaseResult>> buy)
        {
            Subject = subject;
            PhoneNumber = phoneNumber;
            SetupPrice = setupPrice;
            MonthlyPrice = monthlyPrice;
            Currency = currency;
            Requirements = requirements;
            _buy = buy;
        }

        /// <summary>"+4930123456 (Berlin, local, DE)", or "a random number of group …".</summary>
        public string Subject { get; }

        /// <summary>The number bought, when it is known before buying (not for a random number of a group).</summary>
        public string? PhoneNumber { get; }

        public decimal? SetupPrice { get; }

        public decimal? MonthlyPrice { get; }

        public string Currency { get; }

        /// <summary>Documents the provider needs before the number may be used; empty when none.</summary>
        public IReadOnlyList<NumberRequirement> Requirements { get; }

        public bool PriceKnown => SetupPrice.HasValue || MonthlyPrice.HasValue;

        public Task<NumberPurchaseResult> BuyAsync(CancellationToken cancellationToken) => _buy(cancellationToken);

        /// <summary>
        /// The plan of a provider that sells one listed number at the price and with the requirements it listed
        /// (IdentityCall, Plivo), named as the options ask. Refuses any other item before anything is sent.
        /// </summary>
        internal static Task<PurchasePlan> ForListedNumber<TNumber>(ProviderRecord item, PurchaseOptions options, string provider, Func<TNumber, string?, CancellationToken, Task<NumberPurchaseResult>> buy)
            where TNumber : AvailableNumber
        {
            if (!(item is TNumber number))
            {
                throw CallerIdPs.Errors.CallerIdException.InvalidInputFor($"{provider} sells the numbers Get-AvailableNumber -Country lists, not a {item.GetType().Name}.", item);
            }

            var name = options.Name;
            return Task.FromResult(new PurchasePlan(
                number.PhoneNumber + PlaceText.Where(number.Location, number.Type, number.Country) + (name == null ? "" : $" as '{name}'"),
                number.PhoneNumber,
                number.SetupPrice,
                number.MonthlyPrice,
                number.Currency,
                number.Requirements,
                ct => buy(number, name, ct)));
        }
    }

    /// <summary>What the purchase command passes through to the provider.</summary>
    public sealed class PurchaseOptions
    {
        /// <summary>The name the bought number gets, for providers that name numbers at purchase (IdentityCall).</summary>
        public string? Name { get; set; }

        /// <summary>
        /// The reservation this same call has just read as active through the connection that buys it (Invoke-NumberPurchase
        /// -ReservationId), so planning need not read it again. Matched by reference: any other reservation, even the same
        /// one read by an earlier command, is read again to check it still stands.
        /// </summary>
        public NumberReservation? ReservationReadJustNow { get; set; }
    }

    /// <summary>
    /// A provider that sells numbers. Implementing this (and listing the account's numbers, <see cref="Providers.IVirtualNumberSource"/>)
    /// is all a provider needs for Invoke-NumberPurchase: prompts, requirement checks, the journal, repeat refusal and
    /// settlement of lost answers are shared. The purchase itself must go through <see cref="UnsafeRequests"/>.
    /// </summary>
    public interface INumberSeller
    {
        /// <summary>
        /// The plan for buying <paramref name="item"/> (an available number, reservation or group from this provider),
        /// asking the provider for any price or requirement the item does not carry. Spends nothing; refuses (with a
        /// CallerIdException) an item whose price or requirements cannot be learned.
        /// </summary>
        Task<PurchasePlan> PlanPurchaseAsync(ProviderRecord item, PurchaseOptions options, CancellationToken cancellationToken);
    }
}

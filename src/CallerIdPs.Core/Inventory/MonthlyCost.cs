using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Inventory
{
    /// <summary>A number's monthly rent over the rentals still held: summed per currency, never across currencies.</summary>
    internal static class MonthlyCost
    {
        private const string NoCurrency = "(no currency)";

        public static void Apply(NumberInventoryRow row, IReadOnlyCollection<NumberRental> rentals)
        {
            if (rentals.Count == 0) return; // a caller ID only: no rent, the row's empty defaults stand

            var billed = rentals.Where(r => r.Status != VirtualNumberStatus.Released).ToList();
            var amounts = billed.Where(r => r.MonthlyPrice.HasValue)
                .GroupBy(r => string.IsNullOrEmpty(r.Currency) ? NoCurrency : r.Currency!.ToUpperInvariant())
                .OrderBy(g => g.Key, System.StringComparer.Ordinal)
                .Select(g => new MonthlyAmount(g.Sum(r => r.MonthlyPrice!.Value), g.Key))
                .ToList();
            var unpriced = billed.Count(r => !r.MonthlyPrice.HasValue);

            row.MonthlyCosts = new InventoryList<MonthlyAmount>(amounts, separator: " + ");
            if (amounts.Count == 1 && amounts[0].Currency != NoCurrency)
            {
                row.MonthlyCost = amounts[0].Amount;
                row.Currency = amounts[0].Currency;
            }

            // "?" marks rentals whose provider lists no price: the sum is what is known, and says it is not all.
            row.MonthlyCostText = amounts.Count == 0 ? "" : row.MonthlyCosts + (unpriced > 0 ? " + ?" : "");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CallerIdPs.Model
{
    /// <summary>
    /// One E.164 number across every connection: where it is rented, where it is used as a caller ID or branded, what
    /// it costs a month, when it renews, and what needs attention. The collections hold the providers' own objects
    /// (they pipe into Set-/Remove-CallerId and Set-/Remove-VirtualNumber); the *On and *Text properties are the same
    /// facts as flat text for tables and Export-Csv.
    /// </summary>
    public sealed class NumberInventoryRow
    {
        public string PhoneNumber { get; internal set; } = "";

        /// <summary>ISO 3166 alpha-2, as the providers report it.</summary>
        public string? Country { get; internal set; }

        /// <summary>Where the number is rented, one entry per connection that lists it.</summary>
        public InventoryList<NumberRental> Owned { get; internal set; } = Empty<NumberRental>();

        /// <summary>Where the number is a caller ID or branded: the caller-ID objects themselves.</summary>
        public InventoryList<CallerId> CallerIds { get; internal set; } = Empty<CallerId>();

        /// <summary>The connections the number is rented on, with the status when it is not Active ("TwoChat (PendingCancellation)").</summary>
        public string OwnedOn => string.Join(", ", Owned.Select(r => r.Status == VirtualNumberStatus.Active ? r.ConnectionName : $"{r.ConnectionName} ({r.Status})"));

        /// <summary>The connections the number is a caller ID on, with 2Chat's type, Apple's state, "unverified" where so.</summary>
        public string CallerIdOn => CallerIds.ToString().Replace("; ", ", ");

        /// <summary>The monthly rent summed over the rentals whose price is known, when they are all in one currency; null otherwise.</summary>
        public decimal? MonthlyCost { get; internal set; }

        /// <summary>The currency of <see cref="MonthlyCost"/>.</summary>
        public string? Currency { get; internal set; }

        /// <summary>The known monthly rent per currency: amounts in different currencies are listed, never added.</summary>
        public InventoryList<MonthlyAmount> MonthlyCosts { get; internal set; } = Empty<MonthlyAmount>();

        /// <summary>"1.60 USD", "0.80 USD + 3.00 EUR"; "?" stands for rentals whose price the provider does not list.</summary>
        public string MonthlyCostText { get; internal set; } = "";

        /// <summary>The earliest renewal or expiry of the rentals still held and of the caller IDs.</summary>
        public DateTimeOffset? RenewsAt { get; internal set; }

        /// <summary>What needs attention, so that <c>Findings -contains 'Expiring'</c> works.</summary>
        public InventoryList<InventoryFinding> Findings { get; internal set; } = Empty<InventoryFinding>();

        /// <summary>One line per finding saying what was seen.</summary>
        public InventoryList<string> Notes { get; internal set; } = Empty<string>();

        /// <summary>True when a connection could not be read: its part of this number may be missing, and findings that need every list (BrandedNotOwned) are not claimed.</summary>
        public bool Incomplete => Unread.Count > 0;

        /// <summary>The connections that could not be read in this run.</summary>
        public InventoryList<string> Unread { get; internal set; } = Empty<string>();

        public bool HasFindings => Findings.Count > 0;

        /// <summary>The table's Owned cell: each connection on a line, its status below it unless Active. A method, so Export-Csv and ConvertTo-Json leave it out.</summary>
        public string OwnedCell() => string.Join("\n", Owned.Select(r => r.Status == VirtualNumberStatus.Active ? r.ConnectionName : r.ConnectionName + "\n" + r.ShortStatus));

        /// <summary>The table's caller-ID cell: each connection on a line, what it is there below it.</summary>
        public string CallerIdCell() => string.Join("\n", CallerIds.Select(c => c.ConnectionName + "\n" + Inventory.CallerIdUse.Detail(c)));

        /// <summary>The table's findings cell: one per line, after "(incomplete)" when a connection was not read.</summary>
        public string FindingsCell() => string.Join("\n", (Incomplete ? new[] { "(incomplete)" } : Array.Empty<string>()).Concat(Findings.Select(f => f.ToString())));

        public override string ToString() => PhoneNumber;

        internal static InventoryList<T> Empty<T>() => EmptyList<T>.Instance;

        private static class EmptyList<T>
        {
            public static readonly InventoryList<T> Instance = new InventoryList<T>(Array.Empty<T>());
        }
    }

    /// <summary>A monthly amount in one currency.</summary>
    public sealed class MonthlyAmount
    {
        internal MonthlyAmount(decimal amount, string currency)
        {
            Amount = amount;
            Currency = currency;
        }

        public decimal Amount { get; }

        public string Currency { get; }

        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:0.00} {1}", Amount, Currency);
    }
}

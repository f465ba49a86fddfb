using System.Linq;
using CallerIdPs.Inventory;
using CallerIdPs.Model;
using Xunit;
using static CallerIdPs.Tests.Inventory.InventoryInputs;

namespace CallerIdPs.Tests.Inventory
{
    /// <summary>The join: one row per E.164 number, the providers' own objects kept, cost summed per currency, the earliest renewal.</summary>
    public sealed class InventoryJoinTests
    {
        [Fact]
        public void Plus_less_and_spaced_forms_of_a_number_meet_in_one_row()
        {
            var owned = TwoChatNumber("+14155550100");
            var plivo = PlivoCallerId("14155550100");
            var apple = AppleCallerId("+1 415-555-0100");

            var rows = InventoryJoin.Build(new VirtualNumber[] { owned }, new CallerId[] { plivo, apple }, Rules());

            var row = Assert.Single(rows);
            Assert.Equal("+14155550100", row.PhoneNumber);
            Assert.Same(owned, Assert.Single(row.Owned).Number);
            Assert.Equal(new CallerId[] { plivo, apple }, row.CallerIds.ToArray());
            Assert.Equal("US", row.Country);
        }

        [Fact]
        public void Rows_come_sorted_by_number_and_numbers_on_no_list_have_no_row()
        {
            var rows = InventoryJoin.Build(
                new VirtualNumber[] { TwoChatNumber("+447700900123"), IdentityCallNumber("+14155550101") },
                new CallerId[] { TwoChatCallerId("+14155550100") },
                Rules());

            Assert.Equal(new[] { "+14155550100", "+14155550101", "+447700900123" }, rows.Select(r => r.PhoneNumber));
        }

        [Fact]
        public void Monthly_cost_is_summed_over_priced_rentals_in_one_currency()
        {
            var rows = InventoryJoin.Build(
                new[] { PricedNumber("+14155550100", 0.80m, "USD"), PricedNumber("+14155550100", 1.20m, "usd", connection: "Plivo2") },
                new CallerId[0],
                Rules());

            var row = Assert.Single(rows);
            Assert.Equal(2.00m, row.MonthlyCost);
            Assert.Equal("USD", row.Currency);
            Assert.Equal("2.00 USD", row.MonthlyCostText);
        }

        [Fact]
        public void Mixed_currencies_are_listed_per_currency_and_never_added()
        {
            var rows = InventoryJoin.Build(
                new[] { PricedNumber("+14155550100", 0.80m, "USD"), PricedNumber("+14155550100", 3.00m, "EUR", connection: "PlivoEU") },
                new CallerId[0],
                Rules());

            var row = Assert.Single(rows);
            Assert.Null(row.MonthlyCost);
            Assert.Null(row.Currency);
            Assert.Equal(new[] { ("EUR", 3.00m), ("USD", 0.80m) }, row.MonthlyCosts.Select(m => (m.Currency, m.Amount)));
            Assert.Equal("3.00 EUR + 0.80 USD", row.MonthlyCostText);
        }

        [Fact]
        public void Unpriced_rentals_mark_the_sum_as_partial_and_released_ones_cost_nothing()
        {
            var rows = InventoryJoin.Build(
                new VirtualNumber[]
                {
                    PricedNumber("+14155550100", 0.80m, "USD"),
                    TwoChatNumber("+14155550100"),
                    PricedNumber("+14155550100", 5m, "USD", status: VirtualNumberStatus.Released, connection: "Old"),
                },
                new CallerId[0],
                Rules());

            var row = Assert.Single(rows);
            Assert.Equal(0.80m, row.MonthlyCost);
            Assert.Equal("0.80 USD + ?", row.MonthlyCostText);
        }

        [Fact]
        public void No_price_listed_anywhere_leaves_the_cost_empty_rather_than_zero()
        {
            var row = Assert.Single(InventoryJoin.Build(new VirtualNumber[] { TwoChatNumber("+14155550100") }, new CallerId[0], Rules()));

            Assert.Null(row.MonthlyCost);
            Assert.Equal("", row.MonthlyCostText);
        }

        [Fact]
        public void RenewsAt_is_the_earliest_renewal_or_expiry()
        {
            var rows = InventoryJoin.Build(
                new[] { PricedNumber("+14155550100", 1m, "USD", renews: Now.AddDays(90)), (VirtualNumber)TwoChatNumber("+14155550100", expires: Now.AddDays(200)) },
                new CallerId[0],
                Rules());

            Assert.Equal(Now.AddDays(90), Assert.Single(rows).RenewsAt);
        }

        [Fact]
        public void Collections_read_as_text_for_Export_Csv()
        {
            var row = Assert.Single(InventoryJoin.Build(
                new VirtualNumber[] { TwoChatNumber("+14155550100", VirtualNumberStatus.Released) },
                new CallerId[] { AppleCallerId("+14155550100"), TwoChatCallerId("+14155550100", CallerIdType.WW, verified: false) },
                Rules()));

            Assert.Equal("TwoChat Released", row.Owned.ToString());
            Assert.Equal("TwoChat (Released)", row.OwnedOn);
            Assert.Equal("AppleBusiness Published; TwoChat WW unverified", row.CallerIds.ToString());
            Assert.Equal("AppleBusiness Published, TwoChat WW unverified", row.CallerIdOn);
            Assert.Equal("ReleasedButCallerId, CallerIdUnverified", row.Findings.ToString());
            Assert.Equal(2, row.Notes.Count);
        }
    

        [Fact]
        public void Table_cells_put_one_item_a_line_so_the_view_fits_80_columns()
        {
            var row = Assert.Single(InventoryJoin.Build(
                new VirtualNumber[] { TwoChatNumber("+14155550100", VirtualNumberStatus.PendingCancellation), IdentityCallNumber("+14155550100") },
                new CallerId[] { AppleCallerId("+14155550100"), TwoChatCallerId("+14155550100", CallerIdType.CI, verified: false) },
                Rules(unread: new[] { "Plivo" })));

            Assert.Equal("TwoChat\nReleasing\nIdentityCall", row.OwnedCell());
            Assert.Equal("AppleBusiness\nPublished\nTwoChat\nCI unverified", row.CallerIdCell());
            Assert.Equal("(incomplete)\nOwnedTwice\nCallerIdUnverified", row.FindingsCell());
        }
    }
}

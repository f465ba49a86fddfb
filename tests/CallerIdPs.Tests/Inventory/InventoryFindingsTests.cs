using System.Linq;
using CallerIdPs.Inventory;
using CallerIdPs.Model;
using Xunit;
using static CallerIdPs.Tests.Inventory.InventoryInputs;

namespace CallerIdPs.Tests.Inventory
{
    /// <summary>Each finding from hand-made lists: when it is claimed, with what note, and when it must not be.</summary>
    public sealed class InventoryFindingsTests
    {
        private const string Number = "+14155550100";

        private static NumberInventoryRow Row(VirtualNumber[] numbers, CallerId[] callerIds, InventoryRules? rules = null) =>
            Assert.Single(InventoryJoin.Build(numbers, callerIds, rules ?? Rules()));

        private static string NoteOf(NumberInventoryRow row, InventoryFinding finding) =>
            Assert.Single(row.Notes, n => n.StartsWith(finding + ": ", System.StringComparison.Ordinal));

        [Fact]
        public void A_released_number_still_branded_on_Apple_is_ReleasedButCallerId()
        {
            var row = Row(new VirtualNumber[] { TwoChatNumber(Number, VirtualNumberStatus.Released) }, new CallerId[] { AppleCallerId(Number) });

            Assert.Equal(new[] { InventoryFinding.ReleasedButCallerId }, row.Findings);
            Assert.Equal("ReleasedButCallerId: Released on TwoChat, still a caller ID on AppleBusiness Published.", NoteOf(row, InventoryFinding.ReleasedButCallerId));
        }

        [Fact]
        public void A_number_being_released_that_is_verified_on_Plivo_is_ReleasedButCallerId()
        {
            var row = Row(new VirtualNumber[] { TwoChatNumber(Number, VirtualNumberStatus.PendingCancellation) }, new CallerId[] { PlivoCallerId("14155550100") });

            Assert.Contains(InventoryFinding.ReleasedButCallerId, row.Findings);
            Assert.Contains("PendingCancellation on TwoChat, still a caller ID on Plivo verified", NoteOf(row, InventoryFinding.ReleasedButCallerId));
        }

        [Fact]
        public void The_providers_own_caller_ID_of_a_number_being_released_is_no_finding()
        {
            var row = Row(new VirtualNumber[] { TwoChatNumber(Number, VirtualNumberStatus.PendingCancellation) }, new CallerId[] { TwoChatCallerId(Number, CallerIdType.VN) });

            Assert.Empty(row.Findings);
        }

        [Fact]
        public void Released_on_one_account_but_held_on_another_is_not_ReleasedButCallerId()
        {
            var row = Row(
                new VirtualNumber[] { TwoChatNumber(Number, VirtualNumberStatus.Released), IdentityCallNumber(Number) },
                new CallerId[] { AppleCallerId(Number) });

            Assert.DoesNotContain(InventoryFinding.ReleasedButCallerId, row.Findings);
        }

        [Fact]
        public void A_rejected_branding_of_a_released_number_is_Rejected_not_still_used()
        {
            var row = Row(new VirtualNumber[] { TwoChatNumber(Number, VirtualNumberStatus.Released) }, new CallerId[] { AppleCallerId(Number, AppleCallerIdState.Rejected) });

            Assert.Equal(new[] { InventoryFinding.Rejected }, row.Findings);
        }

        [Fact]
        public void Branded_on_Apple_and_on_no_list_of_owned_numbers_is_BrandedNotOwned()
        {
            var row = Row(new VirtualNumber[0], new CallerId[] { AppleCallerId(Number, AppleCallerIdState.Processing) });

            Assert.Equal(new[] { InventoryFinding.BrandedNotOwned }, row.Findings);
            Assert.Equal("BrandedNotOwned: Branded on AppleBusiness Processing; not owned on TwoChat, IdentityCall, Plivo and not a verified caller ID elsewhere.", NoteOf(row, InventoryFinding.BrandedNotOwned));
        }

        [Fact]
        public void A_branded_number_verified_on_Plivo_is_not_BrandedNotOwned()
        {
            var row = Row(new VirtualNumber[0], new CallerId[] { AppleCallerId(Number), PlivoCallerId(Number) });

            Assert.Empty(row.Findings);
        }

        [Fact]
        public void An_unverified_2Chat_caller_ID_does_not_vouch_for_a_branded_number()
        {
            var row = Row(new VirtualNumber[0], new CallerId[] { AppleCallerId(Number), TwoChatCallerId(Number, verified: false) });

            Assert.Equal(new[] { InventoryFinding.BrandedNotOwned, InventoryFinding.CallerIdUnverified }, row.Findings);
        }

        [Fact]
        public void A_branded_number_owned_anywhere_is_not_BrandedNotOwned()
        {
            var row = Row(new VirtualNumber[] { IdentityCallNumber(Number, active: false) }, new CallerId[] { AppleCallerId(Number) });

            Assert.Empty(row.Findings);
        }

        [Fact]
        public void With_a_connection_unread_BrandedNotOwned_is_not_claimed_and_the_row_says_incomplete()
        {
            var row = Row(new VirtualNumber[0], new CallerId[] { AppleCallerId(Number) }, Rules(unread: new[] { "TwoChat" }));

            Assert.Empty(row.Findings);
            Assert.True(row.Incomplete);
            Assert.Equal("TwoChat", row.Unread.ToString());
        }

        [Fact]
        public void With_no_list_of_owned_numbers_read_BrandedNotOwned_is_not_claimed()
        {
            var row = Row(new VirtualNumber[0], new CallerId[] { AppleCallerId(Number) }, Rules(numberSources: new string[0]));

            Assert.Empty(row.Findings);
        }

        [Fact]
        public void Findings_resting_on_what_was_read_stand_when_another_connection_is_unread()
        {
            var row = Row(
                new VirtualNumber[] { TwoChatNumber(Number), IdentityCallNumber(Number) },
                new CallerId[] { AppleCallerId(Number, AppleCallerIdState.Failed) },
                Rules(unread: new[] { "Plivo" }));

            Assert.Equal(new[] { InventoryFinding.OwnedTwice, InventoryFinding.Rejected }, row.Findings);
            Assert.True(row.Incomplete);
        }

        [Fact]
        public void Rented_on_two_connections_is_OwnedTwice()
        {
            var row = Row(new VirtualNumber[] { TwoChatNumber(Number), IdentityCallNumber("1 (415) 555-0100") }, new CallerId[0]);

            Assert.Equal(new[] { InventoryFinding.OwnedTwice }, row.Findings);
            Assert.Equal("OwnedTwice: Rented on TwoChat (Active), IdentityCall (Active).", NoteOf(row, InventoryFinding.OwnedTwice));
        }

        [Fact]
        public void Two_accounts_of_one_provider_are_OwnedTwice_but_a_released_rental_is_not_a_second_one()
        {
            Assert.Contains(InventoryFinding.OwnedTwice, Row(new VirtualNumber[] { TwoChatNumber(Number), TwoChatNumber(Number, connection: "TwoChatEU") }, new CallerId[0]).Findings);
            Assert.Empty(Row(new VirtualNumber[] { TwoChatNumber(Number), TwoChatNumber(Number, VirtualNumberStatus.Released, connection: "TwoChatEU") }, new CallerId[0]).Findings);
        }

        [Fact]
        public void A_renewal_within_the_window_is_Expiring_and_one_beyond_it_is_not()
        {
            var soon = Row(new[] { PricedNumber(Number, 0.8m, "USD", renews: Now.AddDays(10)) }, new CallerId[0]);
            var later = Row(new[] { PricedNumber(Number, 0.8m, "USD", renews: Now.AddDays(40)) }, new CallerId[0]);
            var widened = Row(new[] { PricedNumber(Number, 0.8m, "USD", renews: Now.AddDays(40)) }, new CallerId[0], Rules(withinDays: 60));

            Assert.Equal(new[] { InventoryFinding.Expiring }, soon.Findings);
            Assert.Equal("Expiring: Plivo renews on 2026-12-11 (in 10 days).", NoteOf(soon, InventoryFinding.Expiring));
            Assert.Empty(later.Findings);
            Assert.Equal(new[] { InventoryFinding.Expiring }, widened.Findings);
        }

        [Fact]
        public void A_caller_ID_that_expires_soon_is_Expiring_and_a_past_date_is_not()
        {
            var soon = Row(new VirtualNumber[0], new CallerId[] { TwoChatCallerId(Number, CallerIdType.WW, expires: Now.AddDays(5)) });
            var past = Row(new VirtualNumber[0], new CallerId[] { TwoChatCallerId(Number, CallerIdType.WW, expires: Now.AddDays(-5)) });

            Assert.Equal("Expiring: TwoChat WW caller ID expires on 2026-12-06 (in 5 days).", NoteOf(soon, InventoryFinding.Expiring));
            Assert.Empty(past.Findings);
            Assert.Equal(Now.AddDays(-5), past.RenewsAt);
        }

        [Fact]
        public void A_number_being_released_is_not_Expiring_however_close_its_end()
        {
            var row = Row(
                new VirtualNumber[] { TwoChatNumber(Number, VirtualNumberStatus.PendingCancellation, expires: Now.AddDays(3)) },
                new CallerId[] { TwoChatCallerId(Number, CallerIdType.VN, expires: Now.AddDays(3)) });

            Assert.Empty(row.Findings);
        }

        [Fact]
        public void The_VN_caller_ID_of_a_rented_number_is_not_a_second_expiry()
        {
            var row = Row(
                new VirtualNumber[] { TwoChatNumber(Number, expires: Now.AddDays(3)) },
                new CallerId[] { TwoChatCallerId(Number, CallerIdType.VN, expires: Now.AddDays(3)) });

            Assert.Equal("Expiring: TwoChat expires on 2026-12-04 (in 3 days).", NoteOf(row, InventoryFinding.Expiring));
        }

        [Theory]
        [InlineData(VirtualNumberStatus.AwaitingRegistration)]
        [InlineData(VirtualNumberStatus.PendingDocuments)]
        public void A_number_waiting_for_documents_is_PendingDocuments(VirtualNumberStatus status)
        {
            var row = Row(new VirtualNumber[] { TwoChatNumber(Number, status) }, new CallerId[0]);

            Assert.Equal(new[] { InventoryFinding.PendingDocuments }, row.Findings);
            Assert.Equal($"PendingDocuments: Bought on TwoChat 2026-09-02, waiting for documents ({status}).", NoteOf(row, InventoryFinding.PendingDocuments));
        }

        [Fact]
        public void An_unverified_2Chat_caller_ID_is_CallerIdUnverified_and_Plivo_ones_never_are()
        {
            var row = Row(new VirtualNumber[0], new CallerId[] { TwoChatCallerId(Number, verified: false), PlivoCallerId(Number) });

            Assert.Equal(new[] { InventoryFinding.CallerIdUnverified }, row.Findings);
            Assert.Equal("CallerIdUnverified: Not verified as a caller ID on TwoChat.", NoteOf(row, InventoryFinding.CallerIdUnverified));
        }

        [Theory]
        [InlineData(AppleCallerIdState.Rejected)]
        [InlineData(AppleCallerIdState.Failed)]
        public void A_rejected_or_failed_Apple_caller_ID_is_Rejected(AppleCallerIdState state)
        {
            var row = Row(new VirtualNumber[] { TwoChatNumber(Number) }, new CallerId[] { AppleCallerId(Number, state) });

            Assert.Equal(new[] { InventoryFinding.Rejected }, row.Findings);
            Assert.Contains($"is {state} on AppleBusiness", NoteOf(row, InventoryFinding.Rejected));
        }

        [Fact]
        public void A_healthy_number_has_no_findings_and_no_notes()
        {
            var row = Row(
                new VirtualNumber[] { TwoChatNumber(Number, expires: Now.AddDays(200)) },
                new CallerId[] { TwoChatCallerId(Number, CallerIdType.VN), AppleCallerId(Number), PlivoCallerId(Number) });

            Assert.Empty(row.Findings);
            Assert.Empty(row.Notes);
            Assert.False(row.HasFindings);
            Assert.False(row.Incomplete);
        }
    }
}

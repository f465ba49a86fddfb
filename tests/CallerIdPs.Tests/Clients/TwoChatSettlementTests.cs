using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Journal;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>
    /// Lost purchase answers against the emulator over loopback, with 2Chat's documented asynchronous activation
    /// (202, PENDING_ACTIVATION): the number turns up only after a few listings, and one check would call it not bought.
    /// </summary>
    public sealed class TwoChatSettlementTests
    {
        [Fact]
        public async Task A_purchase_that_activates_after_two_listings_is_found_by_the_third_check_and_bought_once()
        {
            await using var loopback = await TwoChatLoopback.StartAsync(o => o.ActivationListings = 2);
            var number = loopback.Emulator.FreeNumberOf(loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true));
            loopback.Emulator.Faults.On("POST", "/open/numbers/purchase").Times(1).Drop().AfterTheWorkIsDone();
            var before = loopback.Emulator.RequestCount;

            var result = await loopback.Client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = number }, CancellationToken.None);

            Assert.Equal(PurchaseStatus.Purchased, result.Status);
            Assert.StartsWith("DID", result.VirtualNumberId, StringComparison.Ordinal);
            Assert.Equal(VirtualNumberStatus.PendingActivation, ((TwoChatVirtualNumber)result.VirtualNumber!).Status);
            Assert.Equal(1, loopback.Emulator.PurchaseCount);
            Assert.Equal(1 + 3, loopback.Emulator.RequestCount - before); // the purchase, never repeated, and three account checks
            var entry = Assert.Single(loopback.Connection.Unsafe!.Journal.Entries);
            Assert.Equal(JournalOutcome.SettledBought, entry.Outcome);
            Assert.Contains("check 3 of 4", entry.Evidence, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_purchase_accepted_for_later_activation_is_pending_and_journalled_as_succeeded()
        {
            await using var loopback = await TwoChatLoopback.StartAsync(o => o.ActivationListings = 1);
            var number = loopback.Emulator.FreeNumberOf(loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true));

            var result = await loopback.Client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = number, GroupId = loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true) }, CancellationToken.None);

            Assert.Equal(PurchaseStatus.Pending, result.Status);
            Assert.Equal(JournalOutcome.Succeeded, Assert.Single(loopback.Connection.Unsafe!.Journal.Entries).Outcome);
        }

        [Fact]
        public async Task A_dropped_purchase_that_never_happened_is_safe_to_retry_only_after_every_check_of_the_window()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var number = loopback.Emulator.FreeNumberOf(loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true));
            loopback.Emulator.Faults.On("POST", "/open/numbers/purchase").Times(1).Drop();
            var before = loopback.Emulator.RequestCount;

            var error = await Assert.ThrowsAsync<CallerIdException>(
                () => loopback.Client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = number }, CancellationToken.None));

            Assert.Contains("safe to try again", error.Hint, StringComparison.Ordinal);
            Assert.Equal(1 + 4, loopback.Emulator.RequestCount - before);
            Assert.Equal(JournalOutcome.SettledNotBought, Assert.Single(loopback.Connection.Unsafe!.Journal.Entries).Outcome);
        }

        [Fact]
        public async Task A_record_of_the_number_being_released_is_not_mistaken_for_a_purchase_that_did_not_happen()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            // The emulator seeds PENDING_CANCELLATION records; RELEASED ones are treated alike (unit tests cover both).
            var released = loopback.Emulator.OwnedNumbers().First(n => n.Status == "PENDING_CANCELLATION");
            loopback.Emulator.Faults.On("POST", "/open/numbers/purchase").Times(1).Drop();

            var error = await Assert.ThrowsAsync<CallerIdException>(
                () => loopback.Client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = released.PhoneNumber }, CancellationToken.None));

            Assert.Contains("safe to try again", error.Hint, StringComparison.Ordinal);
            Assert.Contains(released.Id, error.Message, StringComparison.Ordinal);
            Assert.Equal(0, loopback.Emulator.PurchaseCount);
            Assert.Equal(JournalOutcome.SettledNotBought, Assert.Single(loopback.Connection.Unsafe!.Journal.Entries).Outcome);
        }

        [Fact]
        public async Task A_release_whose_answer_is_lost_after_it_was_done_is_settled_as_done_by_the_number_s_status()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var owned = (await ClientAssert.ToListAsync(loopback.Client.ListVirtualNumbersAsync(CancellationToken.None))).First(n => n.Status == VirtualNumberStatus.Active);
            loopback.Emulator.Faults.On("DELETE", "/open/voip/virtual-numbers/*").Times(1).Drop().AfterTheWorkIsDone();

            await loopback.Client.ReleaseVirtualNumberAsync(owned.Id, CancellationToken.None);

            Assert.Contains(loopback.Emulator.OwnedNumbers(), n => n.Id == owned.Id && n.Status == "PENDING_CANCELLATION");
            Assert.Equal(JournalOutcome.SettledBought, Assert.Single(loopback.Connection.Unsafe!.Journal.Entries).Outcome);
        }

        [Fact]
        public async Task A_release_and_a_reservation_cancellation_are_journalled_with_their_subject()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var owned = (await ClientAssert.ToListAsync(loopback.Client.ListVirtualNumbersAsync(CancellationToken.None))).First(n => n.Status == VirtualNumberStatus.Active);

            await loopback.Client.ReleaseVirtualNumberAsync(owned.Id, CancellationToken.None);

            var entry = Assert.Single(loopback.Connection.Unsafe!.Journal.Entries);
            Assert.Equal(JournalOperation.Release, entry.Operation);
            Assert.Equal(owned.Id, entry.Subject);
            Assert.Equal(JournalOutcome.Succeeded, entry.Outcome);
        }
    }
}

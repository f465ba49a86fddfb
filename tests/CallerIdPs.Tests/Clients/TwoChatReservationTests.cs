using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Money;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Clients
{
    public class TwoChatReservationTests
    {
        [Fact]
        public async Task AReservationIsListedWithTheSameExpiryItWasCreatedWith()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true);
            var number = loopback.Emulator.FreeNumberOf(groupId);

            var created = await loopback.Client.ReserveAsync(groupId, null, number, CancellationToken.None);
            var listed = Assert.Single(await loopback.Client.ListReservationsAsync(CancellationToken.None));

            Assert.Equal(number, created.PhoneNumber);
            Assert.Equal(created.Id, listed.Id);
            Assert.Equal(groupId, listed.GroupId);
            Assert.Equal(NumberType.TollFree, listed.Type);
            Assert.Equal(TimeSpan.FromMinutes(30), created.ExpiresAt - created.CreatedAt);
            Assert.Equal(created.ExpiresAt, listed.ExpiresAt); // expires_at on create, reservation_end_date on list
        }

        [Fact]
        public async Task AnExpiredReservationIsGoneAndCannotBeCancelled()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true);
            var reservation = await loopback.Client.ReserveAsync(groupId, null, loopback.Emulator.FreeNumberOf(groupId), CancellationToken.None);

            loopback.Emulator.Clock.Advance(TimeSpan.FromMinutes(31));

            Assert.Empty(await loopback.Client.ListReservationsAsync(CancellationToken.None));
            Assert.Null(await loopback.Client.FindReservationAsync(reservation.Id, CancellationToken.None));
            await ClientAssert.ProviderFails(
                () => loopback.Client.CancelReservationAsync(reservation.Id, CancellationToken.None),
                CallerIdErrorKind.NotFound, 404, "Reservation not found");
        }

        [Fact]
        public async Task BuyingAnExpiredReservationsNumberBuysItWhileItIsStillAvailable()
        {
            // The emulator treats {group_id, number} after expiry as a fresh purchase of that number: nobody holds it,
            // the group allows choosing, so it is bought.
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true);
            var reservation = await loopback.Client.ReserveAsync(groupId, null, loopback.Emulator.FreeNumberOf(groupId), CancellationToken.None);
            loopback.Emulator.Clock.Advance(TimeSpan.FromMinutes(31));

            var result = await loopback.Client.PurchaseAsync(NumberPurchaseOrder.From(reservation), CancellationToken.None);

            Assert.Equal(PurchaseStatus.Purchased, result.Status);
            Assert.Equal(1, loopback.Emulator.PurchaseCount);
            Assert.Equal(loopback.Emulator.OwnedNumbers().Single(o => o.PhoneNumber == reservation.PhoneNumber).Id, result.VirtualNumberId);
        }

        [Fact]
        public async Task BuyingAnExpiredReservationsNumberFailsOnceSomeoneElseHasIt()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true);
            var reservation = await loopback.Client.ReserveAsync(groupId, null, loopback.Emulator.FreeNumberOf(groupId), CancellationToken.None);
            loopback.Emulator.Clock.Advance(TimeSpan.FromMinutes(31));
            await loopback.Client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = reservation.PhoneNumber }, CancellationToken.None);

            await ClientAssert.ProviderFails(
                () => loopback.Client.PurchaseAsync(NumberPurchaseOrder.From(reservation), CancellationToken.None),
                CallerIdErrorKind.NumberUnavailable, 422, $"The number {reservation.PhoneNumber} is not available");
            Assert.Equal(1, loopback.Emulator.PurchaseCount);
        }

        [Fact]
        public async Task BuyingAnExpiredRandomReservationOfANoSelectionGroupIsNotSupported()
        {
            // Once the reservation is gone, naming its number in a group that does not let you choose is a 406.
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "mobile", allowSelection: false);
            var reservation = await loopback.Client.ReserveAsync(groupId, null, null, CancellationToken.None);
            loopback.Emulator.Clock.Advance(TimeSpan.FromMinutes(31));

            await ClientAssert.ProviderFails(
                () => loopback.Client.PurchaseAsync(NumberPurchaseOrder.From(reservation), CancellationToken.None),
                CallerIdErrorKind.NotSupported, 406, "Number selection is not supported for this group");
            Assert.Equal(0, loopback.Emulator.PurchaseCount);
        }

        [Fact]
        public async Task AReservationStillActiveIsBoughtThroughIt()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "mobile", allowSelection: false);
            var reservation = await loopback.Client.ReserveAsync(groupId, null, null, CancellationToken.None);
            loopback.Emulator.Clock.Advance(TimeSpan.FromMinutes(29));

            var result = await loopback.Client.PurchaseAsync(NumberPurchaseOrder.From(reservation), CancellationToken.None);

            Assert.Equal(PurchaseStatus.Purchased, result.Status);
            Assert.Equal(reservation.Id, result.ReservationId);
            Assert.Empty(await loopback.Client.ListReservationsAsync(CancellationToken.None));
        }

        [Fact]
        public async Task OnlyTheVeryReservationReadJustNowIsPlannedWithoutReadingItAgain()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true, hasRequirements: false);
            var made = await loopback.Client.ReserveAsync(groupId, null, loopback.Emulator.FreeNumberOf(groupId), CancellationToken.None);
            var readJustNow = (await loopback.Client.FindReservationAsync(made.Id, CancellationToken.None))!;
            var seller = (INumberSeller)loopback.Client;
            var options = new PurchaseOptions { ReservationReadJustNow = readJustNow };
            var before = loopback.Emulator.RequestCount;

            var plan = await seller.PlanPurchaseAsync(readJustNow, options, CancellationToken.None);

            Assert.Equal(before, loopback.Emulator.RequestCount);
            Assert.Equal(made.PhoneNumber, plan.PhoneNumber);

            // The same reservation, but another object (an earlier command's): read again, and found cancelled.
            await loopback.Client.CancelReservationAsync(made.Id, CancellationToken.None);
            var refused = await Assert.ThrowsAsync<CallerIdException>(() => seller.PlanPurchaseAsync(made, options, CancellationToken.None));
            Assert.Equal(CallerIdErrorKind.ReservationExpired, refused.Kind);
            Assert.Equal(0, loopback.Emulator.PurchaseCount);
        }
    }
}

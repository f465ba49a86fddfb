using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Clients
{
    public class TwoChatPurchaseTests
    {
        [Fact]
        public async Task TheDocsShapeBuysAndFindsTheNewNumberByLookup()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true);
            var number = loopback.Emulator.FreeNumberOf(groupId);
            var ownedBefore = loopback.Emulator.OwnedNumbers().Count;
            var log = new RecordingLog();
            var before = loopback.Emulator.RequestCount;

            NumberPurchaseResult result;
            using (Http.RequestLogScope.Begin(log))
            {
                result = await loopback.Client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = number, GroupId = groupId }, CancellationToken.None);
            }

            Assert.Equal(new[] { ("group_id", groupId), ("number", number) }, log.JsonBodyOf("POST /open/numbers/purchase"));
            Assert.Equal(2, loopback.Emulator.RequestCount - before); // the purchase, then one page of virtual numbers
            Assert.Equal(PurchaseStatus.Purchased, result.Status);
            Assert.Equal(number, result.PhoneNumber);
            Assert.Equal($"Number {number} purchased successfully", result.Message);
            Assert.Equal(1, loopback.Emulator.PurchaseCount);
            Assert.Equal(ownedBefore + 1, loopback.Emulator.OwnedNumbers().Count);
            var owned = loopback.Emulator.OwnedNumbers().Single(o => o.PhoneNumber == number);
            Assert.Equal(owned.Id, result.VirtualNumberId);
            Assert.Equal(owned.Id, result.VirtualNumber?.Id);
            Assert.Equal(groupId, result.GroupId);
        }

        [Fact]
        public async Task TheVendorShapeBuysAndCarriesTheNumberFromTheAnswer()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true);
            var number = loopback.Emulator.FreeNumberOf(groupId);
            var ownedBefore = loopback.Emulator.OwnedNumbers().Count;
            var log = new RecordingLog();
            var before = loopback.Emulator.RequestCount;

            NumberPurchaseResult result;
            using (Http.RequestLogScope.Begin(log))
            {
                result = await loopback.Client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = number, GroupId = null }, CancellationToken.None);
            }

            Assert.Equal(new[] { ("number", number) }, log.JsonBodyOf("POST /open/numbers/purchase"));
            Assert.Equal(1, loopback.Emulator.RequestCount - before); // no lookup: the answer lists the number
            Assert.Equal(PurchaseStatus.Purchased, result.Status);
            Assert.Equal(1, loopback.Emulator.PurchaseCount);
            Assert.Equal(ownedBefore + 1, loopback.Emulator.OwnedNumbers().Count);
            var owned = loopback.Emulator.OwnedNumbers().Single(o => o.PhoneNumber == number);
            var bought = Assert.IsType<TwoChatVirtualNumber>(result.VirtualNumber);
            Assert.Equal(owned.Id, bought.Id);
            Assert.Equal(owned.Id, result.VirtualNumberId);
            Assert.Equal(number, bought.PhoneNumber);
            Assert.Equal("GB", bought.Country);
        }

        [Fact]
        public async Task AVendorShapeFailureIsNumberUnavailableWithTheProvidersMessage()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var taken = loopback.Emulator.OwnedNumbers().First().PhoneNumber;
            var ownedBefore = loopback.Emulator.OwnedNumbers().Count;

            var error = await ClientAssert.ProviderFails(
                () => loopback.Client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = taken }, CancellationToken.None),
                CallerIdErrorKind.NumberUnavailable, 201, $"The number {taken} is not available");

            Assert.Contains(taken, error.Message, System.StringComparison.Ordinal);
            Assert.Equal(0, loopback.Emulator.PurchaseCount);
            Assert.Equal(ownedBefore, loopback.Emulator.OwnedNumbers().Count);
        }

        [Fact]
        public async Task PurchaseFromANoSelectionGroupBuysARandomNumberThroughAReservation()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "mobile", allowSelection: false);
            var group = (await loopback.Client.FindGroupsAsync(new NumberGroupQuery { Country = "GB", Type = NumberType.Mobile }, CancellationToken.None))
                .Single(g => g.Id == groupId);
            Assert.False(group.AllowNumberSelection);
            var ownedBefore = loopback.Emulator.OwnedNumbers().Select(o => o.PhoneNumber).ToList();

            var result = await loopback.Client.PurchaseFromGroupAsync(group, CancellationToken.None);

            Assert.Equal(PurchaseStatus.Purchased, result.Status);
            Assert.DoesNotContain(result.PhoneNumber, ownedBefore);
            Assert.StartsWith("+447700", result.PhoneNumber, System.StringComparison.Ordinal);
            Assert.Equal(1, loopback.Emulator.PurchaseCount);
            Assert.Equal(loopback.Emulator.OwnedNumbers().Single(o => o.PhoneNumber == result.PhoneNumber).Id, result.VirtualNumberId);
            Assert.NotNull(result.ReservationId);
            Assert.Equal(group.MonthlyPrice, result.MonthlyPrice);
            Assert.Empty(loopback.Emulator.ActiveReservations());
        }
    }
}

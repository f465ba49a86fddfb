using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>Statuses about what was asked for: 404, 406, 422 — and the ones the client refuses before asking.</summary>
    public class TwoChatResourceErrorTests
    {
        [Fact]
        public async Task CancellingAnUnknownReservationIsNotFound()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();

            await ClientAssert.ProviderFails(
                () => loopback.Client.CancelReservationAsync("7b0f8e1c-0000-4000-8000-000000000000", CancellationToken.None),
                CallerIdErrorKind.NotFound, 404, "Reservation not found");
        }

        [Fact]
        public async Task ReleasingAnUnknownVirtualNumberIsNotFoundFromABodyWithoutSuccess()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();

            await ClientAssert.ProviderFails(
                () => loopback.Client.ReleaseVirtualNumberAsync("DID00000000-0000-4000-8000-000000000000", CancellationToken.None),
                CallerIdErrorKind.NotFound, 404, "Virtual number not found");
        }

        [Fact]
        public async Task ReleasingANumberTwiceIsAConflict()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var active = loopback.Emulator.OwnedNumbers().First(o => o.Status == "ACTIVE");
            await loopback.Client.ReleaseVirtualNumberAsync(active.Id, CancellationToken.None);
            Assert.Equal("PENDING_CANCELLATION", loopback.Emulator.OwnedNumbers().Single(o => o.Id == active.Id).Status);

            await ClientAssert.ProviderFails(
                () => loopback.Client.ReleaseVirtualNumberAsync(active.Id, CancellationToken.None),
                CallerIdErrorKind.Conflict, 422, "This virtual number is already being released");
        }

        [Fact]
        public async Task ReservingAChosenNumberInANoSelectionGroupIsNotSupported()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "mobile", allowSelection: false);

            // Without the group at hand the client cannot know: the provider answers 406.
            await ClientAssert.ProviderFails(
                () => loopback.Client.ReserveAsync(groupId, null, "+447700900123", CancellationToken.None),
                CallerIdErrorKind.NotSupported, 406, "Number selection is not supported for this group");
            Assert.Empty(loopback.Emulator.ActiveReservations());
        }

        [Fact]
        public async Task WithTheGroupAtHandTheClientRefusesANoSelectionReservationItself()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "mobile", allowSelection: false);
            var group = (await loopback.Client.FindGroupsAsync(new NumberGroupQuery { Country = "GB", Type = NumberType.Mobile }, CancellationToken.None))
                .Single(g => g.Id == groupId);
            var before = loopback.Emulator.RequestCount;

            var error = await Assert.ThrowsAsync<CallerIdException>(() => loopback.Client.ReserveAsync(groupId, group, "+447700900123", CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.NotSupported, error.Kind);
            Assert.Null(error.HttpStatus);
            Assert.Equal(before, loopback.Emulator.RequestCount);
        }

        [Fact]
        public async Task UsGroupsWithoutARegionAreRefusedBeforeAnyRequest()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var before = loopback.Emulator.RequestCount;

            var error = await Assert.ThrowsAsync<CallerIdException>(
                () => loopback.Client.FindGroupsAsync(new NumberGroupQuery { Country = "US" }, CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.InvalidInput, error.Kind);
            Assert.Null(error.HttpStatus);
            Assert.Equal("US", error.OffendingValue);
            Assert.Equal(before, loopback.Emulator.RequestCount);
        }

        [Fact]
        public async Task UsGroupsWithARegionAreAnswered()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var california = (await loopback.Client.ListRegionsAsync("US", CancellationToken.None)).Single(r => r.Name == "California");

            var groups = await loopback.Client.FindGroupsAsync(new NumberGroupQuery { Country = "US", RegionId = california.Id }, CancellationToken.None);

            Assert.NotEmpty(groups);
            Assert.All(groups, g => Assert.Equal("US", g.Country));
        }

        [Fact]
        public async Task ReservingANumberThatIsNotAvailableIsNumberUnavailable()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true);
            var number = loopback.Emulator.FreeNumberOf(groupId);
            await loopback.Client.ReserveAsync(groupId, null, number, CancellationToken.None);

            await ClientAssert.ProviderFails(
                () => loopback.Client.ReserveAsync(groupId, null, number, CancellationToken.None),
                CallerIdErrorKind.NumberUnavailable, 422, $"The number {number} is not available");
        }
    }
}

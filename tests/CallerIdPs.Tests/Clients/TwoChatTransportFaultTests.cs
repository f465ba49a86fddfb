using System;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Providers;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>Answers that never arrive or arrive broken.</summary>
    public class TwoChatTransportFaultTests
    {
        [Fact]
        public async Task AConnectionDroppedOnceOnAGetIsRetriedAndTheListingCompletes()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", "/open/voip/caller-ids").Times(1).Drop();
            var before = loopback.Emulator.RequestCount;

            var items = await ClientAssert.ToListAsync(loopback.Client.ListCallerIdsAsync(CancellationToken.None));

            Assert.Equal(loopback.Emulator.CallerIdTotal, items.Count);
            Assert.Equal(1, loopback.Emulator.Faults.Injected);
            Assert.Equal(7 + 1, loopback.Emulator.RequestCount - before); // 7 pages of 200 (the last one short) and one retry
        }

        [Fact]
        public async Task AConnectionThatKeepsDroppingOnAGetIsProviderUnavailableAfterBoundedRetries()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", "/open/voip/caller-ids").Drop();
            var before = loopback.Emulator.RequestCount;

            var error = await Assert.ThrowsAsync<CallerIdException>(
                () => ClientAssert.ToListAsync(loopback.Client.ListCallerIdsAsync(CancellationToken.None)));

            Assert.Equal(CallerIdErrorKind.ProviderUnavailable, error.Kind);
            Assert.True(error.IsRetryable);
            Assert.Null(error.HttpStatus);
            Assert.Equal(ClientAssert.TwoChat, error.Provider);
            Assert.Equal("list caller IDs", error.Operation);
            Assert.Equal(1 + new Http.RetryPolicy().MaxRetries, loopback.Emulator.RequestCount - before);
        }

        [Fact]
        public async Task ADroppedPurchaseThatDidNotHappenIsReportedNotBoughtAfterCheckingTheAccount()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var number = loopback.Emulator.FreeNumberOf(loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true));
            loopback.Emulator.Faults.On("POST", "/open/numbers/purchase").Drop();

            var error = await Assert.ThrowsAsync<CallerIdException>(
                () => loopback.Client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = number }, CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.ProviderUnavailable, error.Kind);
            Assert.Contains("was not bought", error.Message, StringComparison.Ordinal);
            Assert.Contains("safe to try again", error.Hint, StringComparison.Ordinal);
            Assert.Equal(ClientAssert.TwoChat, error.Provider);
            Assert.Equal(0, loopback.Emulator.PurchaseCount);
        }

        [Fact]
        public async Task APurchaseCarriedOutButDroppedIsFoundOnTheAccountAndReportedBoughtOnce()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var number = loopback.Emulator.FreeNumberOf(loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true));
            loopback.Emulator.Faults.On("POST", "/open/numbers/purchase").Times(1).Drop().AfterTheWorkIsDone();

            var result = await loopback.Client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = number }, CancellationToken.None);

            Assert.Equal(Model.PurchaseStatus.Purchased, result.Status);
            Assert.Equal(number, result.PhoneNumber);
            Assert.StartsWith("DID", result.VirtualNumberId, StringComparison.Ordinal);
            Assert.Contains("was lost", result.Message, StringComparison.Ordinal);
            Assert.Equal(1, loopback.Emulator.PurchaseCount);
        }

        [Fact]
        public async Task APurchaseWhoseAccountCannotBeCheckedIsOutcomeUnknownWithWhatToCheck()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var number = loopback.Emulator.FreeNumberOf(loopback.Emulator.FirstGroupId("GB", "tollfree", allowSelection: true));
            loopback.Emulator.Faults.On("POST", "/open/numbers/purchase").Times(1).Drop().AfterTheWorkIsDone();
            loopback.Emulator.Faults.On("GET", "/open/voip/virtual-numbers").Respond(503);

            var error = await Assert.ThrowsAsync<CallerIdException>(
                () => loopback.Client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = number }, CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.OutcomeUnknown, error.Kind);
            Assert.False(error.IsRetryable);
            Assert.Contains(number, error.Hint, StringComparison.Ordinal);
            Assert.Equal(1, loopback.Emulator.PurchaseCount);
        }

        [Fact]
        public async Task ADroppedPurchaseFromAGroupSaysTheNumberIsStillReserved()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "mobile", allowSelection: false);
            var group = System.Linq.Enumerable.Single(
                await loopback.Client.FindGroupsAsync(new NumberGroupQuery { Country = "GB", Type = Model.NumberType.Mobile }, CancellationToken.None),
                g => g.Id == groupId);
            loopback.Emulator.Faults.On("POST", "/open/numbers/purchase").Drop();

            var error = await Assert.ThrowsAsync<CallerIdException>(() => loopback.Client.PurchaseFromGroupAsync(group, CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.ProviderUnavailable, error.Kind);
            var held = Assert.Single(loopback.Emulator.ActiveReservations());
            Assert.Contains(held.Id, error.Message, StringComparison.Ordinal);
            Assert.Contains(held.Id, error.Hint, StringComparison.Ordinal);
            Assert.Equal(0, loopback.Emulator.PurchaseCount);
        }

        [Fact]
        public async Task AReservationWhoseAnswerWasLostIsFoundAndReturned()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var groupId = loopback.Emulator.FirstGroupId("GB", "mobile", allowSelection: false);
            loopback.Emulator.Faults.On("POST", "/open/numbers/reservations").Times(1).Drop().AfterTheWorkIsDone();

            var reservation = await loopback.Client.ReserveAsync(groupId, null, null, CancellationToken.None);

            var held = Assert.Single(loopback.Emulator.ActiveReservations());
            Assert.Equal(held.Id, reservation.Id);
            Assert.Equal(held.PhoneNumber, reservation.PhoneNumber);
        }

        [Fact]
        public async Task ATruncatedBodyIsAnUnreadableProviderAnswer()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", "/open/numbers/regions").Times(1).Truncate();

            var error = await Assert.ThrowsAsync<CallerIdException>(() => loopback.Client.ListRegionsAsync("GB", CancellationToken.None));

            AssertUnreadable(error, "list the regions of GB");
        }

        [Fact]
        public async Task AMalformedBodyIsAnUnreadableProviderAnswer()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", "/open/voip/caller-ids").Times(1).Malform();

            var error = await Assert.ThrowsAsync<CallerIdException>(
                () => ClientAssert.ToListAsync(loopback.Client.ListCallerIdsAsync(CancellationToken.None)));

            AssertUnreadable(error, "list caller IDs");
        }

        private static void AssertUnreadable(CallerIdException error, string operation)
        {
            Assert.Equal(CallerIdErrorKind.ProviderError, error.Kind);
            Assert.Equal(200, error.HttpStatus);
            Assert.True(error.IsRetryable);
            Assert.Equal(ClientAssert.TwoChat, error.Provider);
            Assert.Equal(operation, error.Operation);
            Assert.Contains("could not be read", error.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
        }
    }
}

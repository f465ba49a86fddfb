using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.IdentityCall;
using CallerIdPs.Sandbox.IdentityCall;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>The IdentityCall client against the IdentityCall emulator over real HTTP on 127.0.0.1.</summary>
    public sealed class IdentityCallClientTests
    {
        private static readonly CancellationToken None = CancellationToken.None;

        private static async Task<IdentityCallAvailableNumber> FirstForSale(IdentityCallClient client, string country = "US", NumberType type = NumberType.Local) =>
            (await client.ListAvailableNumbersAsync(country, type, None)).First();

        [Fact]
        public async Task The_list_gives_every_number_of_the_account_typed()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();

            var numbers = await idc.Client.ListVirtualNumbersAsync(None);

            Assert.Equal(idc.Emulator.Numbers().Select(n => n.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), numbers.Select(n => n.Id));
            Assert.Contains(numbers, n => !n.Active);
            Assert.All(numbers, n => Assert.Equal(ProviderKind.IdentityCall, n.Provider));
            var merged = await ClientAssert.ToListAsync(((IVirtualNumberSource)idc.Client).ListVirtualNumbersAsync(None));
            Assert.Equal(numbers.Count, merged.Count);
        }

        [Fact]
        public async Task One_number_comes_as_the_detail_record()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();

            var number = await idc.Client.GetVirtualNumberAsync("9", None);

            Assert.True(number.IsDetailed);
            Assert.Equal(RoutingStrategy.RoundRobin, number.RoutingStrategy);
            Assert.Equal(5, number.Operators.Count);
            Assert.Equal(5, number.OperatorCount);
            Assert.NotNull(number.Stats);
            Assert.NotEmpty(number.AvailableOperators);
            var seven = await idc.Client.GetVirtualNumberAsync(" 7 ", None);
            Assert.Equal(10, seven.RecentCalls.Count);
            Assert.Equal(14, seven.Stats!.TotalCalls);
        }

        [Fact]
        public async Task An_update_sends_only_what_changes()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var before = idc.Emulator.Numbers().Single(n => n.Id == 9);

            var updated = await idc.Client.UpdateVirtualNumberAsync("9", new VirtualNumberChanges { Recording = false }, None);

            Assert.False(updated.Recording);
            Assert.True(updated.IsDetailed);
            var after = idc.Emulator.Numbers().Single(n => n.Id == 9);
            Assert.False(after.Recording);
            Assert.Equal((before.Name, before.Active, before.RoutingStrategy), (after.Name, after.Active, after.RoutingStrategy));

            updated = await idc.Client.UpdateVirtualNumberAsync("9", new VirtualNumberChanges { Name = "Reception", Active = false, RoutingStrategy = RoutingStrategy.Simultaneous }, None);
            Assert.Equal(("Reception", false, RoutingStrategy.Simultaneous), (updated.Name, updated.Active, updated.RoutingStrategy!.Value));
        }

        [Theory]
        [InlineData("abc")]
        [InlineData("0")]
        [InlineData("-7")]
        [InlineData("7/../8")]
        [InlineData("DID123")]
        public async Task Ids_that_are_not_IdentityCalls_are_refused_before_any_request(string id)
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var before = idc.Emulator.RequestCount;

            var get = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.GetVirtualNumberAsync(id, None));
            var set = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.UpdateVirtualNumberAsync(id, new VirtualNumberChanges { Active = true }, None));

            Assert.Equal(CallerIdErrorKind.InvalidInput, get.Kind);
            Assert.Equal(CallerIdErrorKind.InvalidInput, set.Kind);
            Assert.Equal(id, get.OffendingValue);
            Assert.Equal(before, idc.Emulator.RequestCount);
        }

        [Fact]
        public async Task An_update_with_nothing_or_a_blank_name_is_refused_before_any_request()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var before = idc.Emulator.RequestCount;

            var nothing = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.UpdateVirtualNumberAsync("7", new VirtualNumberChanges(), None));
            var blank = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.UpdateVirtualNumberAsync("7", new VirtualNumberChanges { Name = " " }, None));

            Assert.Equal(CallerIdErrorKind.InvalidInput, nothing.Kind);
            Assert.Equal(CallerIdErrorKind.InvalidInput, blank.Kind);
            Assert.Equal(before, idc.Emulator.RequestCount);
        }

        [Fact]
        public async Task An_update_that_fails_for_a_passing_reason_is_retried_because_it_sets_values()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            idc.Emulator.Faults.On("PATCH", "/api/v1/public/virtual_numbers/*").Times(1).Respond(503);

            var updated = await idc.Client.UpdateVirtualNumberAsync("7", new VirtualNumberChanges { Recording = false }, None);

            Assert.False(updated.Recording);
            Assert.Equal(1, idc.Emulator.Faults.Injected);
        }

        [Fact]
        public async Task Available_numbers_are_searched_by_country_and_type_with_IdentityCalls_spelling()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();

            var tollFree = await idc.Client.ListAvailableNumbersAsync("gb", NumberType.TollFree, None);
            var defaults = await idc.Client.ListAvailableNumbersAsync(null, null, None);

            Assert.NotEmpty(tollFree);
            Assert.All(tollFree, n => Assert.Equal((NumberType.TollFree, "toll-free", "GB"), (n.Type!.Value, n.NumberTypeName!, n.Country!)));
            Assert.All(tollFree, n => Assert.True(n.SetupPrice > 0 && n.MonthlyPrice > 0));
            Assert.All(defaults, n => Assert.Equal((NumberType.Mobile, "US"), (n.Type!.Value, n.Country!)));
            Assert.Empty(await idc.Client.ListAvailableNumbersAsync("FR", NumberType.Local, None));
        }

        [Theory]
        [InlineData("XX", NumberType.Local)]
        [InlineData("US", NumberType.SharedCost)]
        [InlineData("US", NumberType.Global)]
        public async Task A_search_IdentityCall_cannot_answer_is_refused_before_any_request(string country, NumberType type)
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var before = idc.Emulator.RequestCount;

            var error = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.ListAvailableNumbersAsync(country, type, None));

            Assert.Equal(CallerIdErrorKind.InvalidInput, error.Kind);
            Assert.Equal(before, idc.Emulator.RequestCount);
        }

        [Fact]
        public async Task A_purchase_returns_the_new_number_with_its_name_and_costs()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var offer = await FirstForSale(idc.Client);

            var result = await idc.Client.PurchaseAsync(offer, "Sales", None);

            Assert.Equal(PurchaseStatus.Purchased, result.Status);
            Assert.Equal(offer.PhoneNumber, result.PhoneNumber);
            Assert.Equal("Sales", result.Name);
            Assert.Equal(offer.SetupPrice, result.SetupPrice);
            Assert.Equal(offer.MonthlyPrice, result.MonthlyPrice);
            Assert.Equal("USD", result.Currency);
            var owned = Assert.IsType<IdentityCallVirtualNumber>(result.VirtualNumber);
            Assert.Equal(owned.Id, result.VirtualNumberId);
            Assert.Equal(offer.PhoneNumber, result.Raw["phone_number"]);
            Assert.Contains(idc.Emulator.Numbers(), n => n.PhoneNumber == offer.PhoneNumber && n.Name == "Sales");
            Assert.Equal(1, idc.Emulator.PurchaseCount);
        }

        [Fact]
        public async Task Buying_a_number_that_is_gone_is_NumberUnavailable()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var offer = await FirstForSale(idc.Client);
            await idc.Client.PurchaseAsync(offer, null, None);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.PurchaseAsync(offer, null, None));

            Assert.Equal(CallerIdErrorKind.NumberUnavailable, error.Kind);
            Assert.Equal(422, error.HttpStatus);
            Assert.Equal("Phone number is not available for purchase", error.ProviderMessage);
            Assert.Contains("Get-AvailableNumber", error.Hint, StringComparison.Ordinal);
            Assert.Equal(1, idc.Emulator.PurchaseCount);
        }

        // Issue 13: a 429 does not prove a purchase was not processed, so it is never sent again (it used to be, after the wait).
        [Fact]
        public async Task A_purchase_refused_with_429_is_sent_once_and_the_account_shows_it_was_not_bought()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var offer = await FirstForSale(idc.Client);
            idc.Emulator.Faults.On("POST", "/api/v1/public/virtual_numbers/purchase").Respond(429, retryAfter: TimeSpan.FromSeconds(1));

            var error = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.PurchaseAsync(offer, null, None));

            ClientAssert.NotBought(error, CallerIdErrorKind.RateLimited, idc.Emulator.PurchaseCount);
            Assert.Equal(1, idc.Emulator.Faults.Injected);
        }

        [Fact]
        public async Task A_purchase_carried_out_before_a_429_is_found_on_the_account_and_reported_bought_once()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var offer = await FirstForSale(idc.Client);
            idc.Emulator.Faults.On("POST", "/api/v1/public/virtual_numbers/purchase").Respond(429, retryAfter: TimeSpan.FromSeconds(1)).AfterTheWorkIsDone();

            var result = await idc.Client.PurchaseAsync(offer, null, None);

            ClientAssert.SettledFromTheAccount(result, PurchaseStatus.Purchased, idc.Emulator.PurchaseCount);
            Assert.Equal(1, idc.Emulator.Faults.Injected);
        }

        [Fact]
        public async Task A_purchase_that_fails_with_503_is_not_sent_again_and_the_account_shows_it_was_not_bought()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var offer = await FirstForSale(idc.Client);
            idc.Emulator.Faults.On("POST", "/api/v1/public/virtual_numbers/purchase").Respond(503);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.PurchaseAsync(offer, null, None));

            ClientAssert.NotBought(error, CallerIdErrorKind.ProviderUnavailable, idc.Emulator.PurchaseCount);
            Assert.Contains("safe to try again", error.Hint, StringComparison.Ordinal);
            Assert.Equal(1, idc.Emulator.Faults.Injected);
        }

        [Fact]
        public async Task A_purchase_carried_out_but_dropped_is_found_on_the_account_and_reported_bought_once()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var offer = await FirstForSale(idc.Client);
            idc.Emulator.Faults.On("POST", "/api/v1/public/virtual_numbers/purchase").Times(1).Drop().AfterTheWorkIsDone();

            var result = await idc.Client.PurchaseAsync(offer, "Sales", None);

            ClientAssert.SettledFromTheAccount(result, PurchaseStatus.Purchased, idc.Emulator.PurchaseCount);
            Assert.Equal("Sales", result.Name);
            Assert.Equal(idc.Emulator.Numbers().Single(n => n.PhoneNumber == offer.PhoneNumber).Id.ToString(System.Globalization.CultureInfo.InvariantCulture), result.VirtualNumberId);
        }

        [Fact]
        public async Task A_purchase_whose_answer_arrives_cut_is_settled_by_the_account()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var offer = await FirstForSale(idc.Client);
            idc.Emulator.Faults.On("POST", "/api/v1/public/virtual_numbers/purchase").Times(1).Truncate();

            var result = await idc.Client.PurchaseAsync(offer, null, None);

            ClientAssert.SettledFromTheAccount(result, PurchaseStatus.Purchased, idc.Emulator.PurchaseCount);
        }

        [Fact]
        public async Task A_lost_purchase_whose_account_cannot_be_checked_is_OutcomeUnknown_with_what_to_check()
        {
            await using var idc = await IdentityCallLoopback.StartAsync();
            var offer = await FirstForSale(idc.Client);
            idc.Emulator.Faults.On("POST", "/api/v1/public/virtual_numbers/purchase").Times(1).Drop().AfterTheWorkIsDone();
            idc.Emulator.Faults.On("GET", "/api/v1/public/virtual_numbers").Respond(503);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.PurchaseAsync(offer, null, None));

            Assert.Equal(CallerIdErrorKind.OutcomeUnknown, error.Kind);
            Assert.Contains(offer.PhoneNumber, error.Hint, StringComparison.Ordinal);
            Assert.Contains("Get-VirtualNumber", error.Hint, StringComparison.Ordinal);
            Assert.Equal(1, idc.Emulator.PurchaseCount);
        }

        [Fact]
        public async Task A_read_only_key_connects_and_reads_and_its_writes_say_it_lacks_the_write_permission()
        {
            await using var idc = await IdentityCallLoopback.StartAsync(IdentityCallEmulatorOptions.ReadOnlyKey);
            var offer = await FirstForSale(idc.Client);
            var before = idc.Emulator.RequestCount;

            var update = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.UpdateVirtualNumberAsync("7", new VirtualNumberChanges { Recording = false }, None));
            var purchase = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.PurchaseAsync(offer, null, None));

            foreach (var error in new[] { update, purchase })
            {
                Assert.Equal(CallerIdErrorKind.PermissionDenied, error.Kind);
                Assert.Equal(403, error.HttpStatus);
                Assert.Equal("Write permission required", error.ProviderMessage);
                Assert.Equal("IdentityCall", error.Provider);
                Assert.Contains("lacks the write permission", error.Message, StringComparison.Ordinal);
                Assert.Contains("write permission", error.Hint, StringComparison.Ordinal);
                Assert.False(error.IsRetryable);
            }

            Assert.Equal(2, idc.Emulator.RequestCount - before); // neither retried nor settled: a 403 is a clear no
            Assert.Equal(0, idc.Emulator.PurchaseCount);
        }

        [Fact]
        public async Task A_key_without_read_connects_and_its_reads_say_it_lacks_the_read_permission()
        {
            await using var idc = await IdentityCallLoopback.StartAsync(IdentityCallEmulatorOptions.WriteOnlyKey);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.ListVirtualNumbersAsync(None));

            Assert.Equal(CallerIdErrorKind.PermissionDenied, error.Kind);
            Assert.Contains("lacks the read permission", error.Message, StringComparison.Ordinal);
            Assert.Equal("Read permission required", error.ProviderMessage);
        }

        [Fact]
        public async Task A_project_scoped_key_sees_its_project_and_others_are_NotFound_with_the_scope_named()
        {
            await using var idc = await IdentityCallLoopback.StartAsync(IdentityCallEmulatorOptions.ProjectKey);

            var numbers = await idc.Client.ListVirtualNumbersAsync(None);
            var get = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.GetVirtualNumberAsync("8", None));
            var set = await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.UpdateVirtualNumberAsync("9", new VirtualNumberChanges { Active = false }, None));

            Assert.Equal(new[] { "7", "11" }, numbers.Select(n => n.Id));
            foreach (var error in new[] { get, set })
            {
                Assert.Equal(CallerIdErrorKind.NotFound, error.Kind);
                Assert.Equal(404, error.HttpStatus);
                Assert.Contains("project", error.Message, StringComparison.Ordinal);
                Assert.Contains("account-wide key", error.Hint, StringComparison.Ordinal);
            }
        }

        [Fact]
        public async Task An_expired_key_fails_the_connection_with_AuthenticationFailed_and_is_not_echoed()
        {
            var emulator = new IdentityCallEmulator();
            await using var server = await EmulatorServer.LoopbackEmulatorServer.StartAsync(emulator);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => IdentityCallLoopback.ConnectAsync(server, IdentityCallEmulatorOptions.ExpiredKey));

            Assert.Equal(CallerIdErrorKind.AuthenticationFailed, error.Kind);
            Assert.Equal(401, error.HttpStatus);
            Assert.Equal("Invalid or expired API key", error.ProviderMessage);
            Assert.Contains("expired", error.Message, StringComparison.Ordinal);
            Assert.Contains("new API key", error.Hint, StringComparison.Ordinal);
            Assert.DoesNotContain(IdentityCallEmulatorOptions.ExpiredKey, error.ToString(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("sk_live_0123456789abcdef0123456789abcdef")]
        [InlineData("idc_tooShort")]
        [InlineData("idc_0123456789abcdef0123456789abcde!")]
        public async Task A_key_without_IdentityCalls_shape_is_refused_before_any_request_and_not_echoed(string key)
        {
            var emulator = new IdentityCallEmulator();
            await using var server = await EmulatorServer.LoopbackEmulatorServer.StartAsync(emulator);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => IdentityCallLoopback.ConnectAsync(server, key));

            Assert.Equal(CallerIdErrorKind.InvalidInput, error.Kind);
            Assert.Equal("ApiKey", error.OffendingValue);
            Assert.DoesNotContain(key, error.ToString(), StringComparison.Ordinal);
            Assert.Equal(0, emulator.RequestCount);
        }

        [Fact]
        public async Task The_connection_paces_to_the_free_plans_60_a_minute_unless_told_otherwise()
        {
            await using var free = await IdentityCallLoopback.StartAsync();
            await using var pro = await IdentityCallLoopback.StartAsync(requestsPerMinute: IdentityCallConnector.ProPlanRequestsPerMinute);

            Assert.Equal((60, TimeSpan.FromMinutes(1)), (free.Connection.Pacer.Limit, free.Connection.Pacer.Window));
            Assert.Equal(60, free.Connection.RequestsPerMinute);
            Assert.Equal(300, pro.Connection.Pacer.Limit);
            Assert.Equal(300, pro.Connection.RequestsPerMinute);
        }

        [Fact]
        public async Task The_key_goes_out_as_a_bearer_token_and_never_into_the_log()
        {
            var log = new RecordingLog();
            using (RequestLogScope.Begin(log))
            {
                await using var idc = await IdentityCallLoopback.StartAsync();
                await idc.Client.GetVirtualNumberAsync("7", None);
                await Assert.ThrowsAsync<CallerIdException>(() => idc.Client.GetVirtualNumberAsync("999", None));
            }

            Assert.Contains(log.Lines, l => l.Contains("Authorization: Bearer " + SecretRedactor.Mask, StringComparison.Ordinal));
            Assert.All(log.Lines, l => Assert.DoesNotContain(IdentityCallEmulatorOptions.AccountKey.Substring(4), l, StringComparison.Ordinal));
        }
    }
}

using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.Plivo;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>The Plivo number client against the Plivo emulator over real HTTP on 127.0.0.1, lost answers included.</summary>
    public sealed class PlivoNumbersClientTests
    {
        private static readonly CancellationToken None = CancellationToken.None;
        private const string BuyPath = "/v1/Account/*/PhoneNumber/*";
        private const string NumberPath = "/v1/Account/*/Number/*";
        private const string NumberListPath = "/v1/Account/*/Number/";

        private static NumberSearch SanFrancisco() =>
            new NumberSearch("US") { Type = NumberType.Local, StartsWith = "415", Services = new[] { NumberFeature.Voice, NumberFeature.Sms } };

        private static async Task<PlivoAvailableNumber> FirstForSale(PlivoClient client, NumberSearch search) =>
            (await client.SearchAsync(search, null, None).ToListAsync()).First();

        [Fact]
        public async Task A_search_streams_every_match_by_offset_in_pages_of_20()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var before = pl.Emulator.RequestCount;

            var found = await pl.Client.SearchAsync(new NumberSearch("US") { StartsWith = "415" }, null, None).ToListAsync();

            Assert.Equal(pl.Emulator.NumbersForSale().Count(n => n.StartsWith("+1415", StringComparison.Ordinal)), found.Count);
            Assert.True(found.Count > 20);
            Assert.Equal(found.Count, found.Select(n => n.PhoneNumber).Distinct().Count());
            Assert.Equal(2, pl.Emulator.RequestCount - before);
        }

        [Fact]
        public async Task A_search_returns_only_numbers_of_the_type_prefix_and_every_service_asked_for()
        {
            await using var pl = await PlivoLoopback.StartAsync();

            var found = await pl.Client.SearchAsync(new NumberSearch("US") { StartsWith = "415", Services = new[] { NumberFeature.Voice, NumberFeature.Mms } }, null, None).ToListAsync();

            Assert.NotEmpty(found);
            Assert.All(found, n =>
            {
                Assert.StartsWith("+1415", n.PhoneNumber, StringComparison.Ordinal);
                Assert.Contains(NumberFeature.Mms, n.Features);
                Assert.Contains(NumberFeature.Voice, n.Features);
                Assert.Equal(NumberType.Local, n.Type);
                Assert.Equal(0.80m, n.MonthlyPrice);
            });
        }

        [Fact]
        public async Task A_search_that_finds_nothing_hands_over_Plivos_reason_and_throws_nothing()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            string? reason = null;

            var found = await pl.Client.SearchAsync(new NumberSearch("US") { StartsWith = "999" }, r => reason = r, None).ToListAsync();

            Assert.Empty(found);
            Assert.Contains("No phone numbers found", reason, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Restricted_numbers_carry_their_restriction_as_requirements()
        {
            await using var pl = await PlivoLoopback.StartAsync();

            var frankfurt = await FirstForSale(pl.Client, new NumberSearch("DE") { Region = "Frankfurt" });

            Assert.Equal("city-address", frankfurt.Restriction);
            Assert.Contains("address in the number's city", Assert.Single(frankfurt.Requirements).Description, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(NumberType.SharedCost, null, null, null)]
        [InlineData(null, NumberFeature.WhatsApp, null, null)]
        [InlineData(null, null, "41a", null)]
        [InlineData(null, null, null, "NY")]
        public async Task Searches_Plivo_cannot_run_are_refused_before_any_request(NumberType? type, NumberFeature? service, string? startsWith, string? region)
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var before = pl.Emulator.RequestCount;
            var search = new NumberSearch("US") { Type = type, StartsWith = startsWith, Region = region, Services = service.HasValue ? new[] { service.Value } : new NumberFeature[0] };

            var error = await Assert.ThrowsAsync<CallerIdException>(async () => await pl.Client.SearchAsync(search, null, None).ToListAsync());

            Assert.Equal(CallerIdErrorKind.InvalidInput, error.Kind);
            Assert.Equal(before, pl.Emulator.RequestCount);
        }

        [Fact]
        public async Task A_purchase_rents_the_number_once_and_names_it()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var offer = await FirstForSale(pl.Client, SanFrancisco());

            var result = await pl.Client.PurchaseAsync(offer, "SF support", None);

            Assert.Equal(PurchaseStatus.Purchased, result.Status);
            Assert.Equal(offer.PhoneNumber, result.PhoneNumber);
            Assert.Equal(offer.PhoneNumber, result.VirtualNumberId);
            Assert.Equal("SF support", result.Name);
            Assert.Equal(0.80m, result.MonthlyPrice);
            Assert.Null(result.Message);
            Assert.Equal(1, pl.Emulator.NumberPurchases);
            Assert.Contains(pl.Emulator.RentedNumbers(), n => n.PhoneNumber == offer.PhoneNumber && n.Alias == "SF support");
            Assert.DoesNotContain(offer.PhoneNumber, pl.Emulator.NumbersForSale());
        }

        [Fact]
        public async Task A_restricted_number_is_bought_Pending_with_what_Plivo_needs()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var offer = await FirstForSale(pl.Client, new NumberSearch("GB") { Type = NumberType.Local });

            var result = await pl.Client.PurchaseAsync(offer, null, None);
            var owned = await pl.Client.FindNumberAsync(offer.PhoneNumber, None);

            Assert.Equal(PurchaseStatus.Pending, result.Status);
            Assert.Contains("address in the number's country", result.Message, StringComparison.Ordinal);
            Assert.NotNull(owned);
            Assert.False(owned!.Active);
            Assert.Equal(VirtualNumberStatus.PendingActivation, owned.Status);
        }

        [Fact]
        public async Task A_number_no_longer_for_sale_is_NumberUnavailable()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var offer = await FirstForSale(pl.Client, SanFrancisco());
            await pl.Client.PurchaseAsync(offer, null, None);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => pl.Client.PurchaseAsync(offer, null, None));

            Assert.Equal(CallerIdErrorKind.NumberUnavailable, error.Kind);
            Assert.Contains("Get-AvailableNumber", error.Hint, StringComparison.Ordinal);
            Assert.Equal(1, pl.Emulator.NumberPurchases);
        }

        [Fact]
        public async Task A_purchase_carried_out_but_dropped_is_found_on_the_account_and_reported_bought_once()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var offer = await FirstForSale(pl.Client, SanFrancisco());
            pl.Emulator.Faults.On("POST", BuyPath).Times(1).Drop().AfterTheWorkIsDone();

            var result = await pl.Client.PurchaseAsync(offer, "SF support", None);

            ClientAssert.SettledFromTheAccount(result, PurchaseStatus.Purchased, pl.Emulator.NumberPurchases);
            Assert.Equal("SF support", result.Name);
            Assert.Equal(1, pl.Emulator.Faults.Injected);
        }

        [Fact]
        public async Task A_lost_purchase_of_a_restricted_number_is_settled_as_Pending_with_what_Plivo_needs()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var offer = await FirstForSale(pl.Client, new NumberSearch("DE") { Region = "Frankfurt" });
            pl.Emulator.Faults.On("POST", BuyPath).Times(1).Drop().AfterTheWorkIsDone();

            var result = await pl.Client.PurchaseAsync(offer, null, None);

            ClientAssert.SettledFromTheAccount(result, PurchaseStatus.Pending, pl.Emulator.NumberPurchases);
            Assert.Contains("address in the number's city", result.Message, StringComparison.Ordinal);
            Assert.Equal(PurchaseStatus.Pending, OwnedNumbers.PurchaseStatusOf(await ((IOwnedNumberLookup)pl.Client).FindOwnedNumberAsync(offer.PhoneNumber, None)));
        }

        [Fact]
        public async Task A_purchase_whose_answer_arrives_cut_is_settled_by_the_account()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var offer = await FirstForSale(pl.Client, SanFrancisco());
            pl.Emulator.Faults.On("POST", BuyPath).Times(1).Truncate();

            var result = await pl.Client.PurchaseAsync(offer, null, None);

            ClientAssert.SettledFromTheAccount(result, PurchaseStatus.Purchased, pl.Emulator.NumberPurchases);
        }

        [Fact]
        public async Task A_purchase_that_fails_with_503_is_not_sent_again_and_the_account_shows_it_was_not_bought()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var offer = await FirstForSale(pl.Client, SanFrancisco());
            pl.Emulator.Faults.On("POST", BuyPath).Respond(503);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => pl.Client.PurchaseAsync(offer, null, None));

            ClientAssert.NotBought(error, CallerIdErrorKind.ProviderUnavailable, pl.Emulator.NumberPurchases);
            Assert.Contains("safe to try again", error.Hint, StringComparison.Ordinal);
            Assert.Equal(1, pl.Emulator.Faults.Injected);
        }

        [Fact]
        public async Task A_lost_purchase_whose_account_cannot_be_checked_is_OutcomeUnknown_with_what_to_check()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var offer = await FirstForSale(pl.Client, SanFrancisco());
            pl.Emulator.Faults.On("POST", BuyPath).Times(1).Drop().AfterTheWorkIsDone();
            pl.Emulator.Faults.On("GET", NumberListPath).Respond(503);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => pl.Client.PurchaseAsync(offer, null, None));

            Assert.Equal(CallerIdErrorKind.OutcomeUnknown, error.Kind);
            Assert.Contains(offer.PhoneNumber, error.Hint, StringComparison.Ordinal);
            Assert.Equal(1, pl.Emulator.NumberPurchases);
        }

        [Fact]
        public async Task A_name_that_cannot_be_set_leaves_the_number_bought_and_says_how_to_name_it()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var offer = await FirstForSale(pl.Client, SanFrancisco());
            pl.Emulator.Faults.On("POST", NumberPath).Respond(400, "alias is not allowed");

            var result = await pl.Client.PurchaseAsync(offer, "SF support", None);

            Assert.Equal(PurchaseStatus.Purchased, result.Status);
            Assert.Null(result.Name);
            Assert.Contains("not named 'SF support'", result.Message, StringComparison.Ordinal);
            Assert.Contains("Set-VirtualNumber -Name", result.Message, StringComparison.Ordinal);
            Assert.Equal(1, pl.Emulator.NumberPurchases);
        }

        [Fact]
        public async Task The_account_numbers_list_in_pages_of_20_with_renewal_subaccount_and_application()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var before = pl.Emulator.RequestCount;

            var numbers = await pl.Client.ListNumbersAsync(None).ToListAsync();

            Assert.Equal(pl.Emulator.RentedNumbers().Select(n => n.PhoneNumber), numbers.Select(n => n.PhoneNumber));
            Assert.Equal(2, pl.Emulator.RequestCount - before);
            Assert.All(numbers, n => Assert.NotNull(n.RenewsAt));
            Assert.Contains(numbers, n => n.RenewsAt < DateTimeOffset.UtcNow.AddDays(7));
            Assert.Contains(numbers, n => (n.Name ?? "").StartsWith("old-", StringComparison.Ordinal));
            Assert.Contains(numbers, n => n.Subaccount != null);
            Assert.Contains(numbers, n => n.ApplicationId != null);
            Assert.Contains(numbers, n => n.Status == VirtualNumberStatus.PendingDocuments);
        }

        [Fact]
        public async Task A_subaccount_sees_only_its_own_numbers()
        {
            await using var pl = await PlivoLoopback.StartAsync("SASANDBOXSUB00000001");

            var numbers = await pl.Client.ListNumbersAsync(None).ToListAsync();

            Assert.NotEmpty(numbers);
            Assert.All(numbers, n => Assert.Equal("SASANDBOXSUB00000001", n.Subaccount));
        }

        [Fact]
        public async Task The_ownership_read_answers_null_only_when_Plivo_says_404_and_throws_otherwise()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var lookup = (IOwnedNumberLookup)pl.Client;
            var held = pl.Emulator.RentedNumbers()[0].PhoneNumber;

            Assert.Equal(held, (await lookup.FindOwnedNumberAsync(held, None))!.PhoneNumber);
            Assert.Null(await lookup.FindOwnedNumberAsync("+19995550100", None));
            pl.Emulator.Faults.On("GET", NumberPath).Respond(503);
            await Assert.ThrowsAsync<CallerIdException>(() => lookup.FindOwnedNumberAsync(held, None));
        }

        [Fact]
        public async Task An_update_sets_alias_subaccount_and_application_and_returns_the_number_read_back()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var number = pl.Emulator.RentedNumbers()[0].PhoneNumber;

            var updated = await pl.Client.UpdateNumberAsync(number, new VirtualNumberChanges { Name = "Support", Subaccount = "SAXXXXXXXXXXXXXXXXXX", ApplicationId = "10043877562948371" }, None);

            Assert.Equal("Support", updated.Name);
            Assert.Equal("SAXXXXXXXXXXXXXXXXXX", updated.Subaccount);
            Assert.Equal("10043877562948371", updated.ApplicationId);
        }

        [Fact]
        public async Task A_subaccount_connection_may_not_move_a_number_and_is_told_so_before_any_request()
        {
            await using var pl = await PlivoLoopback.StartAsync("SASANDBOXSUB00000001");
            var number = pl.Emulator.RentedNumbers().First(n => n.Subaccount == "SASANDBOXSUB00000001").PhoneNumber;
            var before = pl.Emulator.RequestCount;

            var error = await Assert.ThrowsAsync<CallerIdException>(() => pl.Client.UpdateNumberAsync(number, new VirtualNumberChanges { Subaccount = "SASANDBOXSUB00000002" }, None));

            Assert.Equal(CallerIdErrorKind.PermissionDenied, error.Kind);
            Assert.Contains("main account", error.Message, StringComparison.Ordinal);
            Assert.Equal(before, pl.Emulator.RequestCount);
        }

        [Fact]
        public async Task Plivos_own_403_for_a_subaccount_move_is_PermissionDenied_too()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var number = pl.Emulator.RentedNumbers()[0].PhoneNumber;
            pl.Emulator.Faults.On("POST", NumberPath).Times(1).Respond(403, "Only the main account can assign a number to a subaccount");

            var error = await Assert.ThrowsAsync<CallerIdException>(() => pl.Client.UpdateNumberAsync(number, new VirtualNumberChanges { Subaccount = "SASANDBOXSUB00000002" }, None));

            Assert.Equal(CallerIdErrorKind.PermissionDenied, error.Kind);
        }

        [Fact]
        public async Task A_release_unrents_the_number_once()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var number = pl.Emulator.RentedNumbers()[0].PhoneNumber;

            await pl.Client.ReleaseNumberAsync(number, None);

            Assert.DoesNotContain(pl.Emulator.RentedNumbers(), n => n.PhoneNumber == number);
            Assert.Equal(1, pl.Emulator.NumberReleases);
            var again = await Assert.ThrowsAsync<CallerIdException>(() => pl.Client.ReleaseNumberAsync(number, None));
            Assert.Equal(CallerIdErrorKind.NotFound, again.Kind);
        }

        [Fact]
        public async Task A_release_carried_out_but_dropped_is_confirmed_by_the_account_and_not_sent_again()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var number = pl.Emulator.RentedNumbers()[0].PhoneNumber;
            pl.Emulator.Faults.On("DELETE", NumberPath).Times(1).Drop().AfterTheWorkIsDone();

            await pl.Client.ReleaseNumberAsync(number, None);

            Assert.Equal(1, pl.Emulator.Faults.Injected);
            Assert.Equal(1, pl.Emulator.NumberReleases);
            Assert.DoesNotContain(pl.Emulator.RentedNumbers(), n => n.PhoneNumber == number);
        }

        [Fact]
        public async Task A_release_that_fails_with_503_is_not_sent_again_and_the_number_is_still_there()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var number = pl.Emulator.RentedNumbers()[0].PhoneNumber;
            pl.Emulator.Faults.On("DELETE", NumberPath).Respond(503);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => pl.Client.ReleaseNumberAsync(number, None));

            Assert.Equal(CallerIdErrorKind.ProviderUnavailable, error.Kind);
            Assert.Contains($"The release of {number} did not happen", error.Message, StringComparison.Ordinal);
            Assert.Contains("safe to try again", error.Hint, StringComparison.Ordinal);
            Assert.Equal(1, pl.Emulator.Faults.Injected);
            Assert.Contains(pl.Emulator.RentedNumbers(), n => n.PhoneNumber == number);
        }

        [Fact]
        public async Task A_lost_release_whose_account_cannot_be_checked_is_OutcomeUnknown()
        {
            await using var pl = await PlivoLoopback.StartAsync();
            var number = pl.Emulator.RentedNumbers()[0].PhoneNumber;
            pl.Emulator.Faults.On("DELETE", NumberPath).Times(1).Drop().AfterTheWorkIsDone();
            pl.Emulator.Faults.On("GET", NumberPath).Respond(503);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => pl.Client.ReleaseNumberAsync(number, None));

            Assert.Equal(CallerIdErrorKind.OutcomeUnknown, error.Kind);
            Assert.Contains("Get-VirtualNumber", error.Hint, StringComparison.Ordinal);
            Assert.Equal(1, pl.Emulator.NumberReleases);
        }
    }
}

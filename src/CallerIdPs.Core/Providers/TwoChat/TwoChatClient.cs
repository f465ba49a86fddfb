using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Journal;
using CallerIdPs.Model;
using CallerIdPs.Money;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>
    /// 2Chat's API (https://api.p.2chat.io): caller IDs, virtual numbers, and the number purchase flow.
    /// Knows 2Chat's paths, parameters and bodies, and nothing about PowerShell.
    /// </summary>
    public sealed class TwoChatClient : ICallerIdSource, IVirtualNumberSource, INumberSeller, IVirtualNumberReleaser, INumberCatalog, INumberReservations
    {
        /// <summary>Items asked for per page. 2Chat's documented default; sent explicitly because its examples use 50.</summary>
        public const int PageSize = 200;

        private readonly ProviderApi _api;
        private readonly RecordOrigin _origin;
        private readonly TwoChatOutcomes _outcomes;
        private IReadOnlyList<DidType>? _didTypes;
        private readonly TwoChatPurchasePlanner _planner;

        internal TwoChatClient(ProviderApi api, RecordOrigin origin)
        {
            _api = api;
            _origin = origin;
            _outcomes = new TwoChatOutcomes(this);
            _planner = new TwoChatPurchasePlanner(this);
        }

        Task<PurchasePlan> INumberSeller.PlanPurchaseAsync(ProviderRecord item, PurchaseOptions options, CancellationToken cancellationToken) =>
            _planner.PlanAsync(item, options, cancellationToken);

        internal async Task<TwoChatAccount> GetAccountAsync(CancellationToken cancellationToken)
        {
            var response = await _api.SendAsync(ApiRequest.Get("/info", "read the account"), cancellationToken).ConfigureAwait(false);
            return Parse(response, TwoChatParser.Info);
        }

        public IAsyncEnumerable<TwoChatCallerId> ListCallerIdsAsync(CancellationToken cancellationToken) => ListCallerIdsAsync(null, cancellationToken);

        private IAsyncEnumerable<TwoChatCallerId> ListCallerIdsAsync(Action<long>? total, CancellationToken cancellationToken) =>
            PagedListing.Stream(
                PageStyle.PageNumber(PageSize),
                async (position, ct) =>
                {
                    var response = await _api.SendAsync(Paged("/open/voip/caller-ids", "list caller IDs", position.Index), ct).ConfigureAwait(false);
                    // The typed one-pass read answers null only for success:false, which ProviderApi has already refused.
                    var parsed = response.ParseBody(b => TwoChatParser.CallerIdPage(b, _origin))
                        ?? throw response.Unreadable(new JsonException("The page says success: false."));
                    if (position.Index == 0 && parsed.Total.HasValue) total?.Invoke(parsed.Total.Value);
                    return parsed;
                },
                c => c.Id,
                _api.ProviderName,
                "caller IDs",
                cancellationToken);

        /// <summary>2Chat has no caller-ID filters: every filter is applied here, as pages arrive.</summary>
        string? ICallerIdSource.CannotAnswer(CallerIdQuery query) =>
            query.Subaccount != null ? "2Chat has no subaccounts (-Subaccount is Plivo's)." : query.AppleOnlyFilter("2Chat");

        async IAsyncEnumerable<CallerId> ICallerIdSource.ListCallerIdsAsync(CallerIdQuery query, Action<long>? total, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var item in ListCallerIdsAsync(query.HasAnyFilter ? null : total, cancellationToken).ConfigureAwait(false))
            {
                if (query.MatchesCommon(item)
                    && (query.Types == null || query.Types.Count == 0 || (item.Type.HasValue && query.Types.Contains(item.Type.Value)))
                    && (!query.Verified.HasValue || item.Verified == query.Verified.Value))
                {
                    yield return item;
                }
            }
        }

        async IAsyncEnumerable<VirtualNumber> IVirtualNumberSource.ListVirtualNumbersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var item in ListVirtualNumbersAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }

        /// <summary>2Chat's virtual number ids start with DID.</summary>
        public bool RecognizesId(string id) => (id ?? "").Trim().StartsWith("DID", StringComparison.OrdinalIgnoreCase);

        /// <summary>2Chat has no endpoint for one number: the list is searched.</summary>
        async Task<VirtualNumber> IVirtualNumberSource.GetVirtualNumberAsync(string id, CancellationToken cancellationToken)
        {
            var wanted = Guard.Id(id, "Id");
            if (!RecognizesId(wanted))
            {
                throw CallerIdException.InvalidInput(id, $"Id: '{Guard.Shorten(id)}' is not a 2Chat virtual number id (they start with DID).");
            }

            await foreach (var item in ListVirtualNumbersAsync(cancellationToken).ConfigureAwait(false))
            {
                if (string.Equals(item.Id, wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return item;
                }
            }

            throw new CallerIdException(CallerIdErrorKind.NotFound, $"{_api.ProviderName} has no virtual number {wanted} on this account.", "Get-VirtualNumber lists the numbers the account owns.")
            {
                Provider = _api.ProviderName,
                OffendingValue = id,
            };
        }

        public IAsyncEnumerable<TwoChatVirtualNumber> ListVirtualNumbersAsync(CancellationToken cancellationToken) =>
            PagedListing.Stream(
                PageStyle.PageNumber(PageSize),
                async (position, ct) =>
                {
                    var response = await _api.SendAsync(Paged("/open/voip/virtual-numbers", "list virtual numbers", position.Index), ct).ConfigureAwait(false);
                    return Parse(response, d => TwoChatParser.VirtualNumberPage(d, _origin));
                },
                n => n.Id,
                _api.ProviderName,
                "virtual numbers",
                cancellationToken);

        string IVirtualNumberReleaser.ReleaseConsequence(VirtualNumber number) => "The number cannot be bought back.";

        Task IVirtualNumberReleaser.ReleaseVirtualNumberAsync(VirtualNumber number, CancellationToken cancellationToken) =>
            ReleaseVirtualNumberAsync(number.Id, cancellationToken);

        /// <summary>Releases a number; 2Chat marks it PENDING_CANCELLATION.</summary>
        public async Task ReleaseVirtualNumberAsync(string virtualNumberId, CancellationToken cancellationToken)
        {
            var id = Guard.Id(virtualNumberId, "Id");
            if (!id.StartsWith("DID", StringComparison.Ordinal))
            {
                throw CallerIdException.InvalidInput(virtualNumberId, $"Id: '{Guard.Shorten(virtualNumberId)}' is not a 2Chat virtual number id (they start with DID).");
            }

            // Sent once, like every request that spends or deletes: a second DELETE after a lost answer would only be refused.
            var request = ApiRequest.Delete(ApiPath.Format("/open/voip/virtual-numbers/{0}", id), $"release virtual number {id}")
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NotFound, "Get-VirtualNumber lists the numbers the account owns.")
                .OnStatus(422, CallerIdErrorKind.Conflict, "The number is already being released, or the id is not a virtual number.");
            var what = new UnsafeRequest(JournalOperation.Release, id, $"Get-VirtualNumber -Connection {_origin.ConnectionName} -Id {id}");
            await _origin.Unsafe.SendAsync(
                what,
                ct => _api.SendAsync(request, ct),
                async ct =>
                {
                    await foreach (var item in ListVirtualNumbersAsync(ct).ConfigureAwait(false))
                    {
                        if (string.Equals(item.Id, id, StringComparison.OrdinalIgnoreCase) && item.HeldByAccount) return false;
                    }

                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }

        public async Task<IReadOnlyList<NumberRegion>> ListRegionsAsync(string country, CancellationToken cancellationToken)
        {
            var code = Guard.Country(country);
            var request = ApiRequest.Get("/open/numbers/regions", $"list the regions of {code}").WithQuery("country", code);
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return Parse(response, d => TwoChatParser.Regions(d, _origin, code));
        }

        public async Task<IReadOnlyList<NumberCity>> ListCitiesAsync(string country, int? regionId, CancellationToken cancellationToken)
        {
            var code = Guard.Country(country);
            if (regionId.HasValue) Guard.PositiveId(regionId.Value, "RegionId");
            // 2Chat calls the region filter 'region' here and 'region_id' on groups.
            var request = ApiRequest.Get("/open/numbers/cities", $"list the cities of {code}")
                .WithQuery("country", code)
                .WithQuery("region", regionId);
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return Parse(response, d => TwoChatParser.Cities(d, _origin, code, regionId));
        }

        /// <summary>The DID types, read once per connection: requirements are asked for by type id.</summary>
        public async Task<IReadOnlyList<DidType>> ListDidTypesAsync(CancellationToken cancellationToken)
        {
            if (_didTypes != null)
            {
                return _didTypes;
            }

            var response = await _api.SendAsync(ApiRequest.Get("/open/numbers/did-types", "list the number types"), cancellationToken).ConfigureAwait(false);
            var types = Parse(response, d => TwoChatParser.DidTypes(d, _origin));
            _didTypes = types;
            return types;
        }

        public async Task<IReadOnlyList<NumberRequirement>> ListRequirementsAsync(string country, NumberType type, CancellationToken cancellationToken)
        {
            var code = Guard.Country(country);
            var types = await ListDidTypesAsync(cancellationToken).ConfigureAwait(false);
            var didType = types.FirstOrDefault(t => t.Type == type)
                ?? throw CallerIdException.InvalidInput(type, $"Type: 2Chat has no '{type}' numbers (its types: {string.Join(", ", types.Select(t => t.Name))}).");
            var request = ApiRequest.Get("/open/numbers/requirements", $"list the requirements for {type} numbers in {code}")
                .WithQuery("country", code)
                .WithQuery("did_type", didType.Id);
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return Parse(response, d => TwoChatParser.Requirements(d, _origin, code, type));
        }

        public async Task<IReadOnlyList<NumberGroup>> FindGroupsAsync(NumberGroupQuery query, CancellationToken cancellationToken)
        {
            var code = Guard.Country(query.Country);
            if (query.RegionId.HasValue) Guard.PositiveId(query.RegionId.Value, "RegionId");
            if (query.CityId.HasValue) Guard.PositiveId(query.CityId.Value, "CityId");
            if (code == "US" && !query.RegionId.HasValue && !query.CityId.HasValue)
            {
                throw CallerIdException.InvalidInput(
                    code,
                    "2Chat needs a region or a city to search US numbers.",
                    "Pass -RegionId or -CityId, or pipe a region or city in: Get-NumberRegion -Country US | Where-Object Name -eq 'California' | Find-NumberGroup.");
            }

            var cityText = query.CityNameOrPrefix == null ? null : Guard.Alias(query.CityNameOrPrefix, "City");

            var request = ApiRequest.Get("/open/numbers/groups", $"find number groups ({query.Describe()})")
                .WithQuery("country", code)
                .WithQuery("region_id", query.RegionId)
                .WithQuery("city_id", query.CityId)
                .WithQuery("city_name_or_prefix", cityText)
                .WithQuery("did_type", query.Type?.ToTwoChatName() ?? "all");
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var groups = Parse(response, d => TwoChatParser.Groups(d, _origin, code, query.RegionId, query.CityId));
            return groups
                .Where(g => query.Features.All(f => g.Features.Contains(f)))
                .Where(g => !query.MaxMonthlyPrice.HasValue || (g.MonthlyPrice.HasValue && g.MonthlyPrice.Value <= query.MaxMonthlyPrice.Value))
                .ToList();
        }

        public async Task<IReadOnlyList<TwoChatAvailableNumber>> ListAvailableNumbersAsync(string groupId, NumberGroup? group, string? contains, CancellationToken cancellationToken)
        {
            var id = Guard.Id(groupId, "GroupId");
            var fragment = contains == null ? null : Guard.DigitsFragment(contains, "Contains");
            if (group != null && !group.AllowNumberSelection)
            {
                throw NoSelection(id);
            }

            var request = ApiRequest.Get("/open/numbers/available", $"list the available numbers of group {id}")
                .WithQuery("group_id", id)
                .WithQuery("number_contains", fragment)
                .OnStatus(404, CallerIdErrorKind.NotFound, "Find-NumberGroup lists the groups that exist.")
                .OnStatus(406, CallerIdErrorKind.NotSupported, NoSelectionHint);
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return Parse(response, d => TwoChatParser.AvailableNumbers(d, _origin, group, id));
        }

        /// <summary>
        /// A group by id, for a number listed without its group: searched in the countries the number's calling code
        /// belongs to (by region where 2Chat needs one). Null when no such group is found.
        /// </summary>
        internal async Task<NumberGroup?> FindGroupAsync(string groupId, string phoneNumber, CancellationToken cancellationToken)
        {
            var id = Guard.Id(groupId, "GroupId");
            foreach (var country in CallingCodes.CountriesOf(phoneNumber))
            {
                if (country != "US")
                {
                    var found = (await FindGroupsAsync(new NumberGroupQuery { Country = country }, cancellationToken).ConfigureAwait(false))
                        .FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));
                    if (found != null) return found;
                }

                if (country != "US" && country != "CA" && country != "GB") continue;
                foreach (var region in await ListRegionsAsync(country, cancellationToken).ConfigureAwait(false))
                {
                    var found = (await FindGroupsAsync(new NumberGroupQuery { Country = country, RegionId = region.Id }, cancellationToken).ConfigureAwait(false))
                        .FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));
                    if (found != null) return found;
                }
            }

            return null;
        }

        /// <summary>Reserves <paramref name="number"/>, or a random number of the group when it is null.</summary>
        public async Task<NumberReservation> ReserveAsync(string groupId, NumberGroup? group, string? number, CancellationToken cancellationToken)
        {
            var id = Guard.Id(groupId, "GroupId");
            var e164 = number == null ? null : Guard.PhoneNumber(number);
            if (e164 != null && group != null && !group.AllowNumberSelection)
            {
                throw NoSelection(id);
            }

            var body = new Dictionary<string, string> { ["group_id"] = id };
            if (e164 != null) body["number"] = e164;
            var request = ApiRequest.Post("/open/numbers/reservations", e164 == null ? $"reserve a number of group {id}" : $"reserve {e164}", body)
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NotFound, "Find-NumberGroup lists the groups that exist.")
                .OnStatus(406, CallerIdErrorKind.NotSupported, NoSelectionHint)
                .OnStatus(422, CallerIdErrorKind.NumberUnavailable);
            var what = new UnsafeRequest(JournalOperation.Reservation, e164 ?? $"a number of group {id}", $"Get-NumberReservation -Connection {_origin.ConnectionName}")
            {
                SetupPrice = group?.SetupPrice,
                MonthlyPrice = group?.MonthlyPrice,
                Currency = group?.Currency,
            };
            var made = await _origin.Unsafe.SendAsync(
                what,
                async ct =>
                {
                    var response = await _api.SendAsync(request, ct).ConfigureAwait(false);
                    return Parse(response, d => TwoChatParser.CreatedReservation(d, _origin, new ReservationContext(id, group)));
                },
                (lost, ct) => _outcomes.SettleReservationAsync(id, e164, lost, ct),
                cancellationToken).ConfigureAwait(false);

            _outcomes.Remember(made.Id);
            return made;
        }

        public async Task<IReadOnlyList<NumberReservation>> ListReservationsAsync(CancellationToken cancellationToken)
        {
            var active = await ListActiveReservationsAsync(cancellationToken).ConfigureAwait(false);
            foreach (var reservation in active) _outcomes.Remember(reservation.Id);
            return active;
        }

        /// <summary>The active reservations, without marking them as seen (for settling a reservation whose answer was lost).</summary>
        internal async Task<IReadOnlyList<NumberReservation>> ListActiveReservationsAsync(CancellationToken cancellationToken)
        {
            var response = await _api.SendAsync(ApiRequest.Get("/open/numbers/reservations", "list reservations"), cancellationToken).ConfigureAwait(false);
            return Parse(response, d => TwoChatParser.Reservations(d, _origin));
        }

        /// <summary>The active reservation with this id, or null when it expired, was bought or never existed.</summary>
        public async Task<NumberReservation?> FindReservationAsync(string reservationId, CancellationToken cancellationToken)
        {
            var id = Guard.Id(reservationId, "Id");
            var active = await ListReservationsAsync(cancellationToken).ConfigureAwait(false);
            return active.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
        }

        public async Task CancelReservationAsync(string reservationId, CancellationToken cancellationToken)
        {
            var id = Guard.Id(reservationId, "Id");
            var request = ApiRequest.Delete(ApiPath.Format("/open/numbers/reservations/{0}", id), $"cancel reservation {id}")
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NotFound, "The reservation has expired, was bought, or was cancelled already: Get-NumberReservation lists the active ones.");
            var what = new UnsafeRequest(JournalOperation.ReservationRemoval, id, $"Get-NumberReservation -Connection {_origin.ConnectionName}");
            await _origin.Unsafe.SendAsync(
                what,
                ct => _api.SendAsync(request, ct),
                async ct => (await ListActiveReservationsAsync(ct).ConfigureAwait(false)).All(r => !string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)),
                cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Buys one number. With a group id the documented body {group_id, number} is sent, otherwise the vendor's {number};
        /// both documented answers are understood.
        /// </summary>
        public async Task<NumberPurchaseResult> PurchaseAsync(NumberPurchaseOrder order, CancellationToken cancellationToken)
        {
            var number = Guard.PhoneNumber(order.PhoneNumber);
            var body = new Dictionary<string, string>();
            if (order.GroupId != null) body["group_id"] = Guard.Id(order.GroupId, "GroupId");
            body["number"] = number;
            var request = ApiRequest.Post("/open/numbers/purchase", $"buy {number}", body)
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NotFound, "The number's group no longer exists: find another with Find-NumberGroup.")
                .OnStatus(422, CallerIdErrorKind.NumberUnavailable);
            var what = UnsafeRequest.Purchase(number, _origin.ConnectionName, order.SetupPrice, order.MonthlyPrice, order.Currency);
            what.WhenNotDone = order.ReservationId == null ? null : $"The reservation {order.ReservationId} still holds the number until it expires.";
            return await _origin.Unsafe.SendAsync(
                what,
                ct => SendPurchaseAsync(request, order, number, ct),
                OwnershipCheck.Purchase<NumberPurchaseResult>(
                    this,
                    number,
                    _origin.Unsafe.Schedule,
                    (owned, proof) => PurchaseResult(order, number, (TwoChatVirtualNumber)owned, PurchaseStatus.Purchased, proof, owned.RawJson)),
                cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Sends the purchase once and reads 2Chat's answer; an answer that does not say either way is OutcomeUnknown.</summary>
        private async Task<NumberPurchaseResult> SendPurchaseAsync(ApiRequest request, NumberPurchaseOrder order, string number, CancellationToken cancellationToken)
        {
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var answer = Parse(response, d => TwoChatParser.Purchase(d, _origin, number));
            if (answer.Bought == false)
            {
                throw new CallerIdException(
                    CallerIdErrorKind.NumberUnavailable,
                    $"{_api.ProviderName} could not buy {number}: {answer.Message}")
                {
                    Provider = _api.ProviderName,
                    HttpStatus = (int)response.Status,
                    ProviderMessage = answer.Message,
                    Operation = $"buy {number}",
                };
            }

            if (answer.Bought == null)
            {
                throw new CallerIdException(
                    CallerIdErrorKind.OutcomeUnknown,
                    $"{_api.ProviderName} accepted the purchase request but did not list {number} as bought or failed.")
                {
                    Provider = _api.ProviderName,
                    HttpStatus = (int)response.Status,
                    Operation = $"buy {number}",
                    ProviderMayHaveActed = true,
                };
            }

            var owned = answer.Owned ?? await FindOwnedAsync(number, cancellationToken).ConfigureAwait(false);
            using (var document = response.ReadDocument())
            {
                var status = response.Status == HttpStatusCode.Accepted ? PurchaseStatus.Pending : PurchaseStatus.Purchased;
                return PurchaseResult(order, number, owned, status, answer.Message, document.RootElement);
            }
        }

        internal NumberPurchaseResult PurchaseResult(NumberPurchaseOrder order, string number, TwoChatVirtualNumber? owned, PurchaseStatus status, string? message, JsonElement raw)
        {
            var result = new NumberPurchaseResult
            {
                PhoneNumber = number,
                Status = status,
                VirtualNumber = owned,
                VirtualNumberId = owned?.Id,
                Name = owned?.Name,
                Country = order.Country ?? owned?.Country,
                GroupId = order.GroupId,
                ReservationId = order.ReservationId,
                SetupPrice = order.SetupPrice,
                MonthlyPrice = order.MonthlyPrice,
                Currency = order.Currency,
                Message = message,
                PurchasedAt = DateTimeOffset.UtcNow,
            };
            result.SetOrigin(_origin, raw);
            return result;
        }

        /// <summary>
        /// Buys a reserved number. When 2Chat refuses, the reservation is looked up: if it is gone (expired, cancelled,
        /// bought elsewhere) the error says so, which is what the admin needs to act on, rather than the provider's generic refusal.
        /// </summary>
        public async Task<NumberPurchaseResult> PurchaseReservationAsync(NumberReservation reservation, CancellationToken cancellationToken)
        {
            try
            {
                return await PurchaseAsync(NumberPurchaseOrder.From(reservation), cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException refused) when (refused.HttpStatus >= 400 && refused.HttpStatus < 500 && refused.Kind != CallerIdErrorKind.OutcomeUnknown)
            {
                var active = await FindReservationAsync(reservation.Id, cancellationToken).ConfigureAwait(false);
                if (active != null)
                {
                    throw;
                }

                throw refused.Reclassify(
                    CallerIdErrorKind.ReservationExpired,
                    "Reserve the number again with New-NumberReservation (if it is still available), then buy it.",
                    $"The reservation of {reservation.PhoneNumber} ({reservation.Id}) is no longer active, so nothing was bought ({_api.ProviderName} said: {refused.ProviderMessage ?? refused.Message}).");
            }
        }

        /// <summary>
        /// The documented purchase answer is a bare {success:true}: the new virtual number is looked up so the result
        /// carries its id. The purchase has happened either way, so a failed lookup leaves the id empty rather than failing.
        /// </summary>
        private async Task<TwoChatVirtualNumber?> FindOwnedAsync(string number, CancellationToken cancellationToken)
        {
            try
            {
                return await FindOwnedNumberAsync(number, cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException)
            {
                return null;
            }
        }

        /// <summary>The account's virtual number with this phone number, however spelled (the latest it holds), or null.</summary>
        internal async Task<TwoChatVirtualNumber?> FindOwnedNumberAsync(string number, CancellationToken cancellationToken)
        {
            TwoChatVirtualNumber? found = null;
            await foreach (var item in ListVirtualNumbersAsync(cancellationToken).ConfigureAwait(false))
            {
                if (PhoneNumberMatch.Same(item.PhoneNumber, number) && item.HeldByAccount) found = item;
            }

            return found;
        }

        /// <summary>Buys a random number of a group: reserves one first, so the number is known before money is spent,
        /// then buys that reservation. If buying fails the reservation stands, and the error says so.</summary>
        public async Task<NumberPurchaseResult> PurchaseFromGroupAsync(NumberGroup group, CancellationToken cancellationToken)
        {
            var reservation = await ReserveAsync(group.Id, group, null, cancellationToken).ConfigureAwait(false);
            try
            {
                return await PurchaseReservationAsync(reservation, cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException e)
            {
                throw e.Reclassify(
                    e.Kind,
                    $"The number stays reserved as {reservation.Id} until {reservation.ExpiresAt:u}: buy it with Get-NumberReservation | Invoke-NumberPurchase, or release it with Remove-NumberReservation.",
                    e.Message + $" {reservation.PhoneNumber} was reserved first and is still held (reservation {reservation.Id}).");
            }
        }

        private const string NoSelectionHint = "This group does not let you pick a number: pipe the group to New-NumberReservation or Invoke-NumberPurchase to get a random one.";

        private static CallerIdException NoSelection(string groupId) =>
            new CallerIdException(CallerIdErrorKind.NotSupported, $"Group {groupId} does not allow choosing a number.", NoSelectionHint) { OffendingValue = groupId };

        private static ApiRequest Paged(string path, string operation, int page) =>
            ApiRequest.Get(path, operation)
                .WithQuery("page_number", page)
                .WithQuery("results_per_page", PageSize);

        /// <summary>Parses an answer (2Chat's success:false never gets here: ProviderApi reports it as the refusal it is).</summary>
        private static T Parse<T>(ApiResponse response, Func<JsonDocument, T> parse) => response.Parse(parse);
    }
}

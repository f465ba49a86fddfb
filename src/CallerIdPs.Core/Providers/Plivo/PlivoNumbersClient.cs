using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Journal;
using CallerIdPs.Model;
using CallerIdPs.Money;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.Plivo
{
    /// <summary>
    /// Plivo's phone numbers: the inventory for sale (…/PhoneNumber/: search, buy) and the account's numbers (…/Number/:
    /// list, get, update, unrent), behind the provider-neutral seams the number cmdlets call.
    /// </summary>
    public sealed partial class PlivoClient : IAvailableNumberSource, INumberSeller, IVirtualNumberSource, IOwnedNumberLookup, IVirtualNumberEditor, IVirtualNumberReleaser
    {
        /// <summary>The types Plivo's search takes, with its spelling of each.</summary>
        public static IReadOnlyDictionary<NumberType, string> SearchTypes { get; } = new Dictionary<NumberType, string>
        {
            [NumberType.Local] = "local",
            [NumberType.Mobile] = "mobile",
            [NumberType.National] = "national",
            [NumberType.TollFree] = "tollfree",
        };

        /// <summary>The services Plivo filters on.</summary>
        public static IReadOnlyDictionary<NumberFeature, string> SearchServices { get; } = new Dictionary<NumberFeature, string>
        {
            [NumberFeature.Voice] = "voice",
            [NumberFeature.Sms] = "sms",
            [NumberFeature.Mms] = "mms",
        };

        private const string NumbersHint = "Get-VirtualNumber -Connection <Plivo connection> lists the numbers the account rents.";

        private string ForSalePath(string digits) => ApiPath.Format("/v1/Account/{0}/PhoneNumber/{1}/", AuthId, digits);

        private string OwnedListPath => ApiPath.Format("/v1/Account/{0}/Number/", AuthId);

        private string OwnedPath(string e164) => ApiPath.Format("/v1/Account/{0}/Number/{1}/", AuthId, e164.TrimStart('+'));

        // ---- search ----

        public FilterRefusal? CannotAnswer(NumberSearch search)
        {
            if (search.Type.HasValue && !SearchTypes.ContainsKey(search.Type.Value))
            {
                return new FilterRefusal($"Plivo sells {string.Join(", ", SearchTypes.Keys)} numbers, not {search.Type.Value}.", search.Type.Value);
            }

            var unknown = search.Services.Where(s => !SearchServices.ContainsKey(s)).ToList();
            return unknown.Count > 0 ? new FilterRefusal($"Plivo filters on Voice, Sms and Mms only, not {string.Join(", ", unknown)}.", FilterRefusal.AsTarget(unknown)) : null;
        }

        async IAsyncEnumerable<AvailableNumber> IAvailableNumberSource.SearchAsync(NumberSearch search, Action<string>? reason, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var number in SearchAsync(search, reason, cancellationToken).ConfigureAwait(false))
            {
                yield return number;
            }
        }

        /// <summary>
        /// Streams Plivo's numbers for sale 20 at a time, by offset. Plivo answers an empty search with 200 and an `error`
        /// text; that text goes to <paramref name="reason"/>, never into an error.
        /// </summary>
        public IAsyncEnumerable<PlivoAvailableNumber> SearchAsync(NumberSearch search, Action<string>? reason, CancellationToken cancellationToken)
        {
            var refusal = CannotAnswer(search);
            if (refusal != null) throw refusal.ToError();
            var country = Guard.Country(search.Country);
            var pattern = search.StartsWith == null ? null : Guard.DigitsFragment(search.StartsWith, "StartsWith");
            var region = search.Region == null ? null : Guard.Alias(search.Region, "Region");
            if (region != null && region.Length < 3)
            {
                throw CallerIdException.InvalidInput(search.Region, "Region: Plivo matches a region by its exact name of 3 or more characters (e.g. Frankfurt).");
            }

            var city = search.City == null ? null : Guard.Alias(search.City, "City");
            var services = search.Services.Count == 0 ? null : string.Join(",", search.Services.Distinct().Select(s => SearchServices[s]));
            var type = search.Type.HasValue ? SearchTypes[search.Type.Value] : null;
            return PagedListing.Stream(
                PageStyle.Offset(),
                async (position, ct) =>
                {
                    var request = ApiRequest.Get(ApiPath.Format("/v1/Account/{0}/PhoneNumber/", AuthId), $"search numbers for sale ({search})")
                        .WithQuery("country_iso", country)
                        .WithQuery("type", type)
                        .WithQuery("pattern", pattern)
                        .WithQuery("region", region)
                        .WithQuery("city", city)
                        .WithQuery("services", services)
                        .WithQuery("limit", PageLimit)
                        .WithQuery("offset", position.Offset);
                    var response = await _api.SendAsync(request, ct).ConfigureAwait(false);
                    var page = response.Parse(d => PlivoNumberParser.SearchPage(d, _origin, country));
                    if (position.Index == 0 && page.Page.Items.Count == 0 && page.Reason != null) reason?.Invoke(page.Reason);
                    return page.Page;
                },
                n => n.PhoneNumber,
                _api.ProviderName,
                "numbers for sale",
                cancellationToken);
        }

        // ---- the account's numbers ----

        /// <summary>Plivo's number ids are the E.164 numbers themselves.</summary>
        public bool RecognizesId(string id) => (id ?? "").Trim().StartsWith("+", StringComparison.Ordinal);

        async IAsyncEnumerable<VirtualNumber> IVirtualNumberSource.ListVirtualNumbersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var number in ListNumbersAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return number;
            }
        }

        /// <summary>Streams the account's numbers 20 at a time, by offset.</summary>
        public IAsyncEnumerable<PlivoVirtualNumber> ListNumbersAsync(CancellationToken cancellationToken)
        {
            return PagedListing.Stream(
                PageStyle.Offset(),
                async (position, ct) =>
                {
                    var request = ApiRequest.Get(OwnedListPath, "list the account's numbers").WithQuery("limit", PageLimit).WithQuery("offset", position.Offset);
                    var response = await _api.SendAsync(request, ct).ConfigureAwait(false);
                    return response.Parse(d => PlivoNumberParser.AccountPage(d, _origin));
                },
                n => n.PhoneNumber,
                _api.ProviderName,
                "numbers",
                cancellationToken);
        }

        async Task<VirtualNumber> IVirtualNumberSource.GetVirtualNumberAsync(string id, CancellationToken cancellationToken) =>
            await GetNumberAsync(id, cancellationToken).ConfigureAwait(false);

        public async Task<PlivoVirtualNumber> GetNumberAsync(string phoneNumber, CancellationToken cancellationToken)
        {
            var number = Guard.PhoneNumber(phoneNumber);
            var request = ApiRequest.Get(OwnedPath(number), $"get number {number}")
                .OnStatus(404, CallerIdErrorKind.NotFound, NumbersHint);
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.Parse(d => PlivoNumberParser.Owned(d.RootElement, _origin));
        }

        async Task<VirtualNumber?> IOwnedNumberLookup.FindOwnedNumberAsync(string phoneNumber, CancellationToken cancellationToken) =>
            await FindNumberAsync(phoneNumber, cancellationToken).ConfigureAwait(false);

        /// <summary>The account's number, or null when Plivo says (404) the account does not rent it. Other failures are thrown.</summary>
        public async Task<PlivoVirtualNumber?> FindNumberAsync(string phoneNumber, CancellationToken cancellationToken)
        {
            try
            {
                return await GetNumberAsync(phoneNumber, cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException e) when (e.Kind == CallerIdErrorKind.NotFound && e.HttpStatus == 404)
            {
                return null;
            }
        }

        // ---- buy ----

        /// <summary>Plivo sells one number at the setup and monthly price it listed (USD); its restriction, when it has one, is the requirement.</summary>
        Task<PurchasePlan> INumberSeller.PlanPurchaseAsync(ProviderRecord item, PurchaseOptions options, CancellationToken cancellationToken) =>
            PurchasePlan.ForListedNumber<PlivoAvailableNumber>(item, options, "Plivo", PurchaseAsync);

        /// <summary>
        /// Rents the number: one POST through the money rules (journalled, sent once, seen through Ctrl+C). A lost, failed
        /// or unreadable answer is settled by reading the account's numbers over the settling window. A number that waits
        /// for documents comes back Pending. <paramref name="name"/> is set as the alias right after; if that fails the
        /// number is still bought and the result says why it has no name.
        /// </summary>
        public async Task<NumberPurchaseResult> PurchaseAsync(PlivoAvailableNumber number, string? name, CancellationToken cancellationToken)
        {
            var phone = Guard.PhoneNumber(number.PhoneNumber);
            var alias = name == null ? null : Guard.Alias(name, "Name");
            var request = ApiRequest.Post(ForSalePath(phone.TrimStart('+')), $"buy {phone}", new Dictionary<string, string>())
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NumberUnavailable, $"{phone} is no longer for sale: Get-AvailableNumber -Connection {_origin.ConnectionName} -Country {number.Country} lists what can be bought now.");
            var what = UnsafeRequest.Purchase(phone, _origin.ConnectionName, number.SetupPrice, number.MonthlyPrice, number.Currency);
            var result = await _origin.Unsafe.SendAsync(
                what,
                async ct =>
                {
                    var response = await _api.SendAsync(request, ct).ConfigureAwait(false);
                    var answer = ReadBuyAnswer(response, phone);
                    if (answer == null || !(answer.Fulfilled || answer.Pending))
                    {
                        // A 2xx that does not say the number was rented leaves open whether it was: the account settles it.
                        throw new CallerIdException(CallerIdErrorKind.OutcomeUnknown, $"Plivo answered the purchase with {answer?.Said ?? "a body the module cannot read"}.")
                        {
                            Provider = _api.ProviderName,
                            HttpStatus = (int)response.Status,
                            ProviderMayHaveActed = true,
                        };
                    }

                    return Result(number, phone, answer.Pending, answer.Pending ? PendingMessage(number) : null, null);
                },
                OwnershipCheck.Purchase<NumberPurchaseResult>(this, phone, _origin.Unsafe.Schedule, (owned, proof) =>
                {
                    var pending = OwnedNumbers.PurchaseStatusOf(owned) == PurchaseStatus.Pending;
                    return Result(number, phone, pending, pending ? proof + " " + PendingMessage(number) : proof, (PlivoVirtualNumber)owned);
                }),
                cancellationToken).ConfigureAwait(false);

            if (alias != null)
            {
                await NameAsync(result, alias, cancellationToken).ConfigureAwait(false);
            }

            return result;
        }

        private static PlivoBuyAnswer? ReadBuyAnswer(ApiResponse response, string phone)
        {
            try
            {
                return response.Parse(d => PlivoNumberParser.Bought(d, phone));
            }
            catch (CallerIdException unreadable) when (unreadable.Kind == CallerIdErrorKind.ProviderError)
            {
                return null;
            }
        }

        /// <summary>What Plivo needs before it activates the number: the listing's restriction, or its general rule.</summary>
        private static string PendingMessage(PlivoAvailableNumber number)
        {
            var needs = number.Requirements.Count > 0
                ? string.Join("; ", number.Requirements.Select(r => r.Description))
                : "address and identity documents for the number's country";
            return $"Plivo put {number.PhoneNumber} on the account but activates it only once it accepts the documents it needs: {needs}. Plivo emails the requirements; until then the number is inactive.";
        }

        private NumberPurchaseResult Result(PlivoAvailableNumber number, string phone, bool pending, string? message, PlivoVirtualNumber? owned)
        {
            var result = new NumberPurchaseResult
            {
                PhoneNumber = phone,
                Status = pending ? PurchaseStatus.Pending : PurchaseStatus.Purchased,
                VirtualNumberId = phone,
                VirtualNumber = owned,
                Name = owned?.Name,
                Country = number.Country,
                SetupPrice = number.SetupPrice,
                MonthlyPrice = number.MonthlyPrice,
                Currency = number.Currency,
                Message = message,
                PurchasedAt = DateTimeOffset.UtcNow,
            };
            result.SetOrigin(_origin, owned?.RawJson ?? number.RawJson);
            return result;
        }

        /// <summary>Sets the alias of a number just bought. A failure leaves the number bought and nameless, and says so.</summary>
        private async Task NameAsync(NumberPurchaseResult result, string alias, CancellationToken cancellationToken)
        {
            try
            {
                var named = await UpdateNumberAsync(result.PhoneNumber, new VirtualNumberChanges { Name = alias }, cancellationToken).ConfigureAwait(false);
                result.Name = named.Name;
                result.VirtualNumber = named;
            }
            catch (CallerIdException e) when (!cancellationToken.IsCancellationRequested)
            {
                var why = $"{result.PhoneNumber} was bought but not named '{alias}': {e.Message} Name it with: Get-VirtualNumber -Connection {_origin.ConnectionName} -PhoneNumber {result.PhoneNumber} | Set-VirtualNumber -Name '{alias}'.";
                result.Message = result.Message == null ? why : result.Message + " " + why;
            }
        }

        // ---- change ----

        FilterRefusal? IVirtualNumberEditor.CannotChange(VirtualNumberChanges changes) =>
            ConnectionFactory.VirtualNumberChanges.Refusal(ProviderKind.Plivo, changes, ConnectionFactory.VirtualNumberChanges.ListingGiven);

        void IVirtualNumberEditor.CheckChange(string id, VirtualNumberChanges changes)
        {
            Guard.PhoneNumber(id, "Id");
            ChangeBody(id, changes);
        }

        async Task<VirtualNumber> IVirtualNumberEditor.UpdateVirtualNumberAsync(string id, VirtualNumberChanges changes, CancellationToken cancellationToken) =>
            await UpdateNumberAsync(id, changes, cancellationToken).ConfigureAwait(false);

        /// <summary>
        /// Sets the alias, subaccount and/or application (POST …/Number/{number}/), then reads the number back: Plivo answers
        /// a change with only {"message":"changed"}. Only main-account credentials may move a number to a subaccount.
        /// </summary>
        public async Task<PlivoVirtualNumber> UpdateNumberAsync(string phoneNumber, VirtualNumberChanges changes, CancellationToken cancellationToken)
        {
            var number = Guard.PhoneNumber(phoneNumber);
            var body = ChangeBody(phoneNumber, changes);

            if (changes.Subaccount != null && !AuthId.StartsWith("MA", StringComparison.OrdinalIgnoreCase))
            {
                throw new CallerIdException(CallerIdErrorKind.PermissionDenied, $"Only the main account's credentials may move {number} to a subaccount; this connection uses subaccount {AuthId}.", SubaccountHint)
                {
                    Provider = _api.ProviderName,
                    OffendingValue = changes.Subaccount,
                };
            }

            // Sets values rather than toggling them: sending it twice does no harm.
            var request = ApiRequest.Post(OwnedPath(number), $"change number {number} ({changes.Describe()})", body)
                .Idempotent()
                .OnStatus(404, CallerIdErrorKind.NotFound, NumbersHint)
                .OnStatus(403, CallerIdErrorKind.PermissionDenied, SubaccountHint);
            await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return await GetNumberAsync(number, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The checked body of a change: alias, subaccount and/or app_id.</summary>
        private Dictionary<string, string> ChangeBody(string phoneNumber, VirtualNumberChanges changes)
        {
            var body = new Dictionary<string, string>();
            if (changes.Name != null) body["alias"] = Guard.Alias(changes.Name, "Name");
            if (changes.Subaccount != null) body["subaccount"] = Guard.AuthId(changes.Subaccount, "Subaccount");
            if (changes.ApplicationId != null) body["app_id"] = Guard.Id(changes.ApplicationId, "ApplicationId");
            var refused = ((IVirtualNumberEditor)this).CannotChange(changes);
            if (refused != null) throw refused.ToError();
            if (body.Count == 0)
            {
                throw CallerIdException.InvalidInput(phoneNumber, "Nothing to change: give -Name, -Subaccount and/or -ApplicationId.");
            }

            return body;
        }

        private const string SubaccountHint = "Connect with the main account's Auth ID and token (it starts with MA) to move numbers between subaccounts.";

        // ---- release ----

        /// <summary>What the confirmation says: rent already billed stays billed.</summary>
        /// <summary>The rent itself is in the statement Remove-VirtualNumber makes for every provider; this says only what Plivo adds.</summary>
        public string ReleaseConsequence(VirtualNumber number) =>
            "Rent already billed is not refunded. Plivo holds a released number for 10 days, then returns it to the carrier.";

        Task IVirtualNumberReleaser.ReleaseVirtualNumberAsync(VirtualNumber number, CancellationToken cancellationToken) =>
            ReleaseNumberAsync(number.PhoneNumber, cancellationToken);

        /// <summary>
        /// Unrents the number (DELETE …/Number/{number}/) through the money rules: journalled and sent once. When the answer
        /// is lost, the account's numbers, read over the settling window, tell whether it was released.
        /// </summary>
        public async Task ReleaseNumberAsync(string phoneNumber, CancellationToken cancellationToken)
        {
            var number = Guard.PhoneNumber(phoneNumber);
            var request = ApiRequest.Delete(OwnedPath(number), $"release number {number}")
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NotFound, "The account does not rent this number (any more). " + NumbersHint);
            var what = new UnsafeRequest(JournalOperation.Release, number, $"Get-VirtualNumber -Connection {_origin.ConnectionName} -PhoneNumber {number}");
            await _origin.Unsafe.SendAsync(
                what,
                ct => _api.SendAsync(request, ct),
                async ct => await FindNumberAsync(number, ct).ConfigureAwait(false) == null,
                cancellationToken).ConfigureAwait(false);
        }
    }
}

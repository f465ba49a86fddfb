using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Journal;
using CallerIdPs.Model;
using CallerIdPs.Money;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.IdentityCall
{
    /// <summary>
    /// IdentityCall's public API (https://api.identitycall.ai/api/v1/public): the account's virtual numbers (list, detail,
    /// update), the numbers on sale, and purchase. Knows IdentityCall's paths and bodies, and nothing about PowerShell.
    /// What a key may do depends on its read/write permissions and its project scope; every refusal is turned into an
    /// error that says what the key lacks.
    /// </summary>
    public sealed partial class IdentityCallClient : IVirtualNumberSource, INumberSeller
    {
        /// <summary>Where every documented path starts.</summary>
        public const string BasePath = "/api/v1/public";

        private const string CheckKeyOperation = "check the API key";

        private static readonly Regex NumericId = new Regex("^[0-9]{1,18}$", RegexOptions.CultureInvariant);
        private static readonly Regex PermissionWord = new Regex(@"\b(read|write|delete)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly HttpMethod Patch = new HttpMethod("PATCH");

        private readonly ProviderApi _api;
        private readonly RecordOrigin _origin;

        internal IdentityCallClient(ProviderApi api, RecordOrigin origin)
        {
            _api = api;
            _origin = origin;
        }

        /// <summary>The number types IdentityCall sells, with its spelling of each.</summary>
        public static IReadOnlyDictionary<NumberType, string> SoldTypes { get; } = new Dictionary<NumberType, string>
        {
            [NumberType.Mobile] = "mobile",
            [NumberType.Local] = "local",
            [NumberType.TollFree] = "toll-free",
            [NumberType.National] = "national",
        };

        /// <summary>Lists the numbers: proves the key at connect time. A key without read permission is still a valid key.</summary>
        internal async Task ProbeAsync(CancellationToken cancellationToken)
        {
            try
            {
                await SendAsync(ApiRequest.Get(BasePath + "/virtual_numbers", CheckKeyOperation), Permission.Read, null, cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException e) when (e.Kind == CallerIdErrorKind.PermissionDenied)
            {
                // Authenticated, just not allowed to read: what it lacks is reported by the command that needs it.
            }
        }

        /// <summary>The numbers the key can see: the whole account, or the key's project. IdentityCall does not page this list.</summary>
        public async Task<IReadOnlyList<IdentityCallVirtualNumber>> ListVirtualNumbersAsync(CancellationToken cancellationToken)
        {
            var response = await SendAsync(ApiRequest.Get(BasePath + "/virtual_numbers", "list virtual numbers"), Permission.Read, null, cancellationToken).ConfigureAwait(false);
            return response.Parse(d => IdentityCallParser.VirtualNumbers(d, _origin));
        }

        async IAsyncEnumerable<VirtualNumber> IVirtualNumberSource.ListVirtualNumbersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var number in await ListVirtualNumbersAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return number;
            }
        }

        /// <summary>IdentityCall's virtual number ids are positive numbers.</summary>
        public bool RecognizesId(string id) => TryNumberId(id, out _);

        async Task<VirtualNumber> IVirtualNumberSource.GetVirtualNumberAsync(string id, CancellationToken cancellationToken) =>
            await GetVirtualNumberAsync(id, cancellationToken).ConfigureAwait(false);

        /// <summary>One number's detail record: routing, recording, statistics, operators and recent calls.</summary>
        public async Task<IdentityCallVirtualNumber> GetVirtualNumberAsync(string id, CancellationToken cancellationToken)
        {
            var numberId = NumberId(id);
            var request = ApiRequest.Get(OnePath(numberId), $"get virtual number {numberId}");
            var response = await SendAsync(request, Permission.Read, numberId, cancellationToken).ConfigureAwait(false);
            return response.Parse(d => IdentityCallParser.Detail(d, _origin));
        }

        /// <summary>Changes what <paramref name="changes"/> sets, and nothing else; returns the detail record.</summary>
        public async Task<IdentityCallVirtualNumber> UpdateVirtualNumberAsync(string id, VirtualNumberChanges changes, CancellationToken cancellationToken)
        {
            var numberId = CheckChange(id, changes);
            var body = new UpdateWire
            {
                Name = changes.Name == null ? null : Guard.Alias(changes.Name, "Name"),
                Active = changes.Active,
                Recording = changes.Recording,
                RoutingStrategy = changes.RoutingStrategy?.ToWireName(),
            };
            // Sets values rather than toggling them, so sending it twice does no harm: it may be retried like a read.
            var request = new ApiRequest(Patch, OnePath(numberId), $"update virtual number {numberId} ({changes.Describe()})")
                .WithBody(body)
                .Idempotent();
            var response = await SendAsync(request, Permission.Write, numberId, cancellationToken).ConfigureAwait(false);
            return response.Parse(d => IdentityCallParser.Detail(d, _origin));
        }

        /// <summary>The checked number id of a change; InvalidInput for a bad id, name or an empty change. Sends nothing.</summary>
        internal static long CheckChange(string id, VirtualNumberChanges changes)
        {
            var numberId = NumberId(id);
            if (changes.IsEmpty)
            {
                throw CallerIdException.InvalidInput(id, "Nothing to change: give -Name, -Active, -Recording and/or -RoutingStrategy.");
            }

            if (changes.Name != null) Guard.Alias(changes.Name, "Name");
            return numberId;
        }

        /// <summary>Numbers on sale. Left out, IdentityCall answers for the US and mobile numbers.</summary>
        public async Task<IReadOnlyList<IdentityCallAvailableNumber>> ListAvailableNumbersAsync(string? country, NumberType? type, CancellationToken cancellationToken)
        {
            var code = country == null ? null : Guard.Country(country);
            var typeName = type.HasValue ? TypeName(type.Value) : null;
            var request = ApiRequest.Get(BasePath + "/virtual_numbers/available", $"list available numbers ({DescribeSearch(code, type)})")
                .WithQuery("country", code)
                .WithQuery("number_type", typeName);
            var response = await SendAsync(request, Permission.Read, null, cancellationToken).ConfigureAwait(false);
            return response.Parse(d => IdentityCallParser.AvailableNumbers(d, _origin));
        }

        /// <summary>"US, local numbers"; the provider's defaults (US, mobile) when left out.</summary>
        public static string DescribeSearch(string? country, NumberType? type) =>
            $"{country ?? "US"}, {(type.HasValue ? TypeName(type.Value) : "mobile")} numbers";

        /// <summary>
        /// Buys an available number, named <paramref name="name"/>. Never repeated on failure (IdentityCall has no idempotency
        /// key): when the answer is lost, the account's numbers tell whether it was bought. A project-scoped key attaches
        /// the number to its project.
        /// </summary>
        public async Task<NumberPurchaseResult> PurchaseAsync(IdentityCallAvailableNumber number, string? name, CancellationToken cancellationToken)
        {
            var phone = Guard.PhoneNumber(number.PhoneNumber);
            var label = name == null ? null : Guard.Alias(name, "Name");
            var body = new PurchaseWire
            {
                PhoneNumber = phone,
                CountryCode = number.Country,
                NumberType = number.NumberTypeName ?? (number.Type.HasValue && SoldTypes.TryGetValue(number.Type.Value, out var t) ? t : null),
                Name = label,
                UpfrontCost = number.SetupPrice,
                MonthlyCost = number.MonthlyPrice,
            };
            var request = ApiRequest.Post(BasePath + "/virtual_numbers/purchase", $"buy {phone}", body).Idempotent(false);
            var what = UnsafeRequest.Purchase(phone, _origin.ConnectionName, number.SetupPrice, number.MonthlyPrice, number.Currency);
            return await _origin.Unsafe.SendAsync(
                what,
                async ct =>
                {
                    ApiResponse response;
                    try
                    {
                        response = await SendAsync(request, Permission.Write, null, ct).ConfigureAwait(false);
                    }
                    catch (CallerIdException refused) when (refused.HttpStatus == 422 && (refused.ProviderMessage ?? "").IndexOf("available", StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        throw refused.Reclassify(CallerIdErrorKind.NumberUnavailable, $"{phone} is no longer for sale: Get-AvailableNumber -Connection {_origin.ConnectionName} lists what can be bought now.");
                    }

                    return Result(number, phone, response.Parse(d => IdentityCallParser.Purchased(d, _origin)), null);
                },
                OwnershipCheck.Purchase<NumberPurchaseResult>(this, phone, _origin.Unsafe.Schedule, (owned, proof) => Result(number, phone, (IdentityCallVirtualNumber)owned, proof)),
                cancellationToken).ConfigureAwait(false);
        }

        /// <summary>IdentityCall sells one number at the price it listed, with no documents to provide; the option's name names it.</summary>
        Task<PurchasePlan> INumberSeller.PlanPurchaseAsync(ProviderRecord item, PurchaseOptions options, CancellationToken cancellationToken) =>
            PurchasePlan.ForListedNumber<IdentityCallAvailableNumber>(item, options, "IdentityCall", PurchaseAsync);

        /// <summary>The result carries the bought number's record as its raw record.</summary>
        private NumberPurchaseResult Result(IdentityCallAvailableNumber number, string phone, IdentityCallVirtualNumber owned, string? message)
        {
            var result = new NumberPurchaseResult
            {
                PhoneNumber = phone,
                Status = PurchaseStatus.Purchased,
                VirtualNumber = owned,
                VirtualNumberId = owned.Id,
                Name = owned.Name,
                Country = owned.Country ?? number.Country,
                SetupPrice = number.SetupPrice,
                MonthlyPrice = number.MonthlyPrice,
                Currency = number.Currency,
                Message = message,
                PurchasedAt = DateTimeOffset.UtcNow,
            };
            result.SetOrigin(_origin, owned.RawJson);
            return result;
        }

        /// <summary>IdentityCall's spelling of a type it sells; the others are refused before any request.</summary>
        public static string TypeName(NumberType type)
        {
            if (SoldTypes.TryGetValue(type, out var name))
            {
                return name;
            }

            throw CallerIdException.InvalidInput(type, $"Type: IdentityCall sells {string.Join(", ", SoldTypes.Values)} numbers, not {type}.");
        }

        private static bool TryNumberId(string? id, out long value)
        {
            var text = (id ?? "").Trim();
            value = 0;
            return NumericId.IsMatch(text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
        }

        private static long NumberId(string? id)
        {
            if (TryNumberId(id, out var value))
            {
                return value;
            }

            throw CallerIdException.InvalidInput(id, $"Id: '{Guard.Shorten(id)}' is not an IdentityCall virtual number id (a positive number such as 7).", "Get-VirtualNumber -Connection <IdentityCall connection> lists the ids.");
        }

        private static string OnePath(long id) => ApiPath.Format(BasePath + "/virtual_numbers/{0}", id.ToString(CultureInfo.InvariantCulture));

        /// <summary>
        /// Sends a request and turns IdentityCall's refusals into errors that say what the key lacks: 401 (wrong, revoked
        /// or expired key), 403 (the permission the provider names, or the one the call needs) and, for one number, 404
        /// (missing, or outside a project-scoped key's project: IdentityCall answers both alike).
        /// </summary>
        private async Task<ApiResponse> SendAsync(ApiRequest request, Permission needed, long? numberId, CancellationToken cancellationToken)
        {
            try
            {
                return await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException e) when (e.HttpStatus == 401)
            {
                throw e.Reclassify(
                    CallerIdErrorKind.AuthenticationFailed,
                    "Create a new API key in IdentityCall and connect again: Connect-CallerIdProvider -Provider IdentityCall -ApiKey (Read-Host -AsSecureString).",
                    request.Operation == CheckKeyOperation
                        ? $"IdentityCall refused the API key (\"{e.ProviderMessage ?? "HTTP 401"}\"): the key is wrong, revoked or expired."
                        : $"IdentityCall refused the API key, so the module could not {request.Operation} (\"{e.ProviderMessage ?? "HTTP 401"}\"): the key is wrong, revoked or expired.");
            }
            catch (CallerIdException e) when (e.HttpStatus == 403)
            {
                var said = PermissionWord.Match(e.ProviderMessage ?? "");
                var lacking = said.Success ? said.Value.ToLowerInvariant() : needed.ToString().ToLowerInvariant();
                throw e.Reclassify(
                    CallerIdErrorKind.PermissionDenied,
                    $"Use an IdentityCall API key with the {lacking} permission: ask the account owner for one, then connect with it.",
                    $"The IdentityCall API key lacks the {lacking} permission, which is needed to {request.Operation} (IdentityCall said: {e.ProviderMessage ?? "Forbidden"}, HTTP 403).");
            }
            catch (CallerIdException e) when (e.HttpStatus == 404 && numberId.HasValue)
            {
                throw e.Reclassify(
                    CallerIdErrorKind.NotFound,
                    "Get-VirtualNumber lists the numbers this key can see. A project-scoped key sees only its project's numbers: use an account-wide key for the others.",
                    $"IdentityCall has no virtual number {numberId} that this API key can see (HTTP 404): it does not exist, or it belongs to a project outside the key's scope.");
            }
        }

        private enum Permission
        {
            Read,
            Write,
        }
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.Plivo
{
    /// <summary>
    /// Plivo's Verified Caller ID API (https://api.plivo.com/v1/Account/{auth_id}/VerifiedCallerId/): start and complete
    /// OTP verification, get, list, update and delete. Knows Plivo's paths and bodies, and nothing about PowerShell.
    /// </summary>
    public sealed partial class PlivoClient : ICallerIdSource, ICallerIdVerifier, ICallerIdEditor
    {
        /// <summary>Plivo's largest page.</summary>
        public const int PageLimit = 20;

        private readonly ProviderApi _api;
        private readonly RecordOrigin _origin;

        internal PlivoClient(ProviderApi api, RecordOrigin origin, string authId)
        {
            _api = api;
            _origin = origin;
            AuthId = authId;
        }

        public string AuthId { get; }

        /// <summary>Plivo's caller IDs have an alias and a subaccount, and are found by their number.</summary>
        internal static CallerIdEditing Editing { get; } = new CallerIdEditing(CallerIdField.Alias | CallerIdField.Subaccount);

        private string ListPath => ApiPath.Format("/v1/Account/{0}/VerifiedCallerId/", AuthId);

        // The number goes into the path percent-encoded ('+' → %2B), as Plivo's own SDKs send it.
        private string OnePath(string e164) => ApiPath.Format("/v1/Account/{0}/VerifiedCallerId/{1}/", AuthId, e164);

        internal async Task ProbeAsync(CancellationToken cancellationToken)
        {
            var request = ApiRequest.Get(ListPath, "check the Auth ID and token").WithQuery("limit", 1).WithQuery("offset", 0);
            await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Every filter is answered but those other providers' caller IDs carry (type, review state, department);
        /// an -Id is the caller ID's number, so it must be one.</summary>
        public FilterRefusal? CannotAnswer(CallerIdQuery query) =>
            query.RefusedFilter(ProviderKind.Plivo)
            ?? query.RefusedId(ProviderKind.Plivo, PhoneNumberText.IsE164, "their number as id, in E.164 (+14155550100)");

        async IAsyncEnumerable<CallerId> ICallerIdSource.ListCallerIdsAsync(CallerIdQuery query, Action<long>? total, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var item in ListCallerIdsAsync(query, total, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }

        /// <summary>
        /// Streams caller IDs 20 at a time, following meta.next. Country and subaccount are filtered by Plivo; the alias
        /// (Plivo's own filter is exact and says nothing of case) and dates as pages arrive. With a phone number, or an id
        /// (which is the number), the one record is fetched instead.
        /// </summary>
        public async IAsyncEnumerable<PlivoCallerId> ListCallerIdsAsync(CallerIdQuery query, Action<long>? total, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (query.Verified == false)
            {
                yield break; // Plivo lists only numbers that passed verification.
            }

            var number = query.PhoneNumber ?? query.Id;
            if (number != null)
            {
                var one = await FindCallerIdAsync(number, cancellationToken).ConfigureAwait(false);
                if (one != null && query.MatchesCommon(one) && (query.Subaccount == null || one.Subaccount == query.Subaccount))
                {
                    yield return one;
                }

                yield break;
            }

            var pages = PagedListing.Stream(
                PageStyle.Offset(),
                async (position, ct) =>
                {
                    var request = ApiRequest.Get(ListPath, "list verified caller IDs")
                        .WithQuery("limit", PageLimit)
                        .WithQuery("offset", position.Offset)
                        .WithQuery("country", query.Country)
                        .WithQuery("subaccount", query.Subaccount);
                    var response = await _api.SendAsync(request, ct).ConfigureAwait(false);
                    return response.Parse(d => PlivoParser.Page(d, _origin));
                },
                c => c.PhoneNumber,
                _api.ProviderName,
                "verified caller IDs",
                cancellationToken,
                query.HasAnyFilter ? null : total);
            await foreach (var item in pages.ConfigureAwait(false))
            {
                if (query.MatchesCommon(item)) yield return item;
            }
        }

        /// <summary>One caller ID, or null when the account has no such verified number.</summary>
        public async Task<PlivoCallerId?> FindCallerIdAsync(string phoneNumber, CancellationToken cancellationToken)
        {
            try
            {
                return await GetCallerIdAsync(phoneNumber, cancellationToken).ConfigureAwait(false);
            }
            catch (CallerIdException e) when (e.Kind == CallerIdErrorKind.NotFound)
            {
                return null;
            }
        }

        public async Task<PlivoCallerId> GetCallerIdAsync(string phoneNumber, CancellationToken cancellationToken)
        {
            var number = Guard.PhoneNumber(phoneNumber);
            var request = ApiRequest.Get(OnePath(number), $"get caller ID {number}")
                .OnStatus(404, CallerIdErrorKind.NotFound, "Get-CallerId -Connection <Plivo connection> lists the verified numbers; Start-CallerIdVerification adds one.");
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.Parse(d => PlivoParser.CallerId(d.RootElement, _origin));
        }

        /// <summary>Sends the OTP by SMS or call. Not repeated on failure: each attempt sends the phone a new code.</summary>
        public async Task<CallerIdVerification> StartVerificationAsync(string phoneNumber, string? alias, VerificationChannel channel, string? subaccount, CancellationToken cancellationToken)
        {
            var wanted = new VerificationRequest
            {
                PhoneNumber = Guard.PhoneNumber(phoneNumber),
                Alias = alias == null ? null : Guard.Alias(alias),
                Channel = channel,
                Subaccount = subaccount == null ? null : Guard.AuthId(subaccount, "Subaccount"),
            };
            var body = new Dictionary<string, string>
            {
                ["phone_number"] = wanted.PhoneNumber,
                ["channel"] = channel == VerificationChannel.Call ? "call" : "sms",
            };
            if (wanted.Alias != null) body["alias"] = wanted.Alias;
            if (wanted.Subaccount != null) body["subaccount"] = wanted.Subaccount;
            var request = ApiRequest.Post(ListPath, $"start verifying {wanted.PhoneNumber}", body)
                .Idempotent(false)
                .OnStatus(409, CallerIdErrorKind.Conflict, $"{wanted.PhoneNumber} is already a verified caller ID: Get-CallerId -PhoneNumber {wanted.PhoneNumber} shows it.");
            var what = new Money.UnsafeRequest(Journal.JournalOperation.VerificationStart, wanted.PhoneNumber, $"the phone {wanted.PhoneNumber}: a code that arrived means it started");
            return await _origin.Unsafe.SendAsync(
                what,
                async ct =>
                {
                    var response = await _api.SendAsync(request, ct).ConfigureAwait(false);
                    return response.Parse(d => PlivoParser.Started(d, _origin, wanted, DateTimeOffset.UtcNow));
                },
                null,
                cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Completes a verification with the code the phone received. Plivo's three refusals become three error kinds:
        /// an unknown verification (NotFound), an expired code (VerificationExpired) and a wrong code (OtpRejected).
        /// </summary>
        async Task<CallerId> ICallerIdVerifier.CompleteVerificationAsync(string verificationId, string otp, CancellationToken cancellationToken) =>
            await CompleteVerificationAsync(verificationId, otp, cancellationToken).ConfigureAwait(false);

        public async Task<PlivoCallerId> CompleteVerificationAsync(string verificationId, string otp, CancellationToken cancellationToken)
        {
            var id = Guard.Id(verificationId, "VerificationId");
            var code = Guard.Otp(otp);
            var request = ApiRequest.Post(ApiPath.Format("/v1/Account/{0}/VerifiedCallerId/Verification/{1}/", AuthId, id), $"complete verification {id}", new Dictionary<string, string> { ["otp"] = code })
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NotFound, "The verification is unknown or was already completed: start a new one with Start-CallerIdVerification.")
                .OnStatus(422, CallerIdErrorKind.VerificationExpired, ExpiredHint)
                .OnStatus(400, CallerIdErrorKind.OtpRejected, "Check the code the phone received and try again, or start a new verification.");
            try
            {
                var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
                return response.Parse(d => PlivoParser.CallerId(d.RootElement, _origin));
            }
            catch (CallerIdException e) when (e.Kind != CallerIdErrorKind.VerificationExpired && (e.ProviderMessage ?? "").IndexOf("expire", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                // Plivo's status for an expired code is not documented; its message is the reliable sign.
                throw e.Reclassify(CallerIdErrorKind.VerificationExpired, ExpiredHint);
            }
        }

        private const string ExpiredHint = "The code is valid for 15 minutes: start a new verification with Start-CallerIdVerification.";

        /// <summary>Plivo's caller IDs are changed and deleted by their number: a change that names only an id cannot be made.</summary>
        public CallerIdChange Validate(CallerIdChange change)
        {
            var number = change.Record?.PhoneNumber ?? change.PhoneNumber;
            return number != null
                ? change.Identified(number, null, number)
                : throw CallerIdException.InvalidInputFor(ConnectionFactory.CallerIdChanges.FoundByNumber(_api.ProviderName), change.Id);
        }

        /// <summary>A Plivo caller ID is named by its number: nothing to read before the confirmation.</summary>
        Task<CallerIdChange> ICallerIdEditor.IdentifyAsync(CallerIdChange change, CancellationToken cancellationToken) => Task.FromResult(change);

        /// <summary>Changes the alias and/or the subaccount (only main-account credentials may change the subaccount).</summary>
        public async Task<PlivoCallerId> UpdateAsync(string phoneNumber, string? alias, string? subaccount, CancellationToken cancellationToken)
        {
            var number = Guard.PhoneNumber(phoneNumber);
            var body = new Dictionary<string, string>();
            if (alias != null) body["alias"] = Guard.Alias(alias);
            if (subaccount != null) body["subaccount"] = Guard.AuthId(subaccount, "Subaccount");
            if (body.Count == 0)
            {
                throw CallerIdException.InvalidInput(phoneNumber, "Nothing to change: give -Alias and/or -Subaccount.");
            }

            var request = ApiRequest.Post(OnePath(number), $"update caller ID {number}", body)
                .Idempotent()
                .OnStatus(404, CallerIdErrorKind.NotFound, "Get-CallerId -Connection <Plivo connection> lists the verified numbers.")
                .OnStatus(403, CallerIdErrorKind.PermissionDenied, "Only the main account's Auth ID and token may change a caller ID's subaccount: connect with them.");
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.Parse(d => PlivoParser.CallerId(d.RootElement, _origin));
        }

        async Task<CallerIdEdit> ICallerIdEditor.ChangeAsync(CallerIdChange change, CancellationToken cancellationToken) =>
            new CallerIdEdit(await UpdateAsync(change.PhoneNumber!, change.Alias, change.Subaccount, cancellationToken).ConfigureAwait(false));

        Task ICallerIdEditor.RemoveAsync(CallerIdChange deletion, CancellationToken cancellationToken) => DeleteAsync(deletion.PhoneNumber!, cancellationToken);

        public async Task DeleteAsync(string phoneNumber, CancellationToken cancellationToken)
        {
            var number = Guard.PhoneNumber(phoneNumber);
            var request = ApiRequest.Delete(OnePath(number), $"delete caller ID {number}")
                .Idempotent(false)
                .OnStatus(404, CallerIdErrorKind.NotFound, "The number is not a verified caller ID on this account (any more).");
            var what = new Money.UnsafeRequest(Journal.JournalOperation.Deletion, number, $"Get-CallerId -Connection {_origin.ConnectionName} -PhoneNumber {number}");
            await _origin.Unsafe.SendAsync(what, ct => _api.SendAsync(request, ct), async ct => await FindCallerIdAsync(number, ct).ConfigureAwait(false) == null, cancellationToken).ConfigureAwait(false);
        }
    }
}

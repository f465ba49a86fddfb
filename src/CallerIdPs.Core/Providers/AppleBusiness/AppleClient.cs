using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.AppleBusiness
{
    /// <summary>
    /// Apple Business branded caller IDs (https://business.apple.com/api/v1/orgs/{orgId}/brands/{brandId}/caller-ids):
    /// query with ql and cursors, create, update with If-Match, delete. Knows Apple's paths and bodies, and nothing about PowerShell.
    /// </summary>
    public sealed class AppleClient : ICallerIdSource, ICallerIdEditor, ICallerIdCreator
    {
        public const string TokenPath = "/api/v1/oauth2/token";

        /// <summary>Apple does not document a page size; 50 is what the module asks for (and the sandbox allows).</summary>
        public const int PageLimit = 50;

        private readonly ProviderApi _api;
        private readonly RecordOrigin _origin;

        internal AppleClient(ProviderApi api, RecordOrigin origin, string organizationId, string brandId)
        {
            _api = api;
            _origin = origin;
            OrganizationId = organizationId;
            BrandId = brandId;
        }

        public string OrganizationId { get; }

        public string BrandId { get; }

        private string ListPath => ApiPath.Format("/api/v1/orgs/{0}/brands/{1}/caller-ids", OrganizationId, BrandId);

        private string OnePath(string id) => ApiPath.Format("/api/v1/orgs/{0}/brands/{1}/caller-ids/{2}", OrganizationId, BrandId, id);

        internal async Task ProbeAsync(CancellationToken cancellationToken)
        {
            var request = ApiRequest.Get(ListPath, "list caller IDs (checking the organization and brand)").WithQuery("limit", 1)
                .OnStatus(403, CallerIdErrorKind.PermissionDenied, "The service account has no access to this organization: check -OrganizationId.")
                .OnStatus(404, CallerIdErrorKind.NotFound, "Check -OrganizationId and -BrandId: Apple does not know this brand in the organization.");
            await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        public FilterRefusal? CannotAnswer(CallerIdQuery query)
        {
            var missing = query.RefusedFilter(ProviderKind.AppleBusiness, CallerIdFilter.Type);
            if (missing != null) return missing;
            if (query.Verified.HasValue) return new FilterRefusal("Apple Business caller IDs are reviewed, not verified: use -State Published.", query.Verified.Value);
            if (query.NameMatches != null) return new FilterRefusal("Apple Business caller IDs have no alias: use -Department.", query.NamePattern);
            return query.RefusedFilter(ProviderKind.AppleBusiness, CallerIdFilter.Subaccount)
                ?? query.RefusedId(ProviderKind.AppleBusiness, id => id.All(char.IsDigit), "ids of digits only")
                ?? query.RefusedFilter(ProviderKind.AppleBusiness);
        }

        async IAsyncEnumerable<CallerId> ICallerIdSource.ListCallerIdsAsync(CallerIdQuery query, Action<long>? total, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var item in ListCallerIdsAsync(query, total, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }

        /// <summary>
        /// Streams caller IDs page by page while pagination.next is present. Every filter goes to Apple as ql; the next page
        /// is asked for with the same, percent-encoded ql and the cursor (Apple's `next` carries its ql unencoded, where a
        /// '+' would read as a space). Items are checked against the query again as they arrive.
        /// </summary>
        public async IAsyncEnumerable<AppleCallerId> ListCallerIdsAsync(CallerIdQuery query, Action<long>? total, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var ql = AppleQueryLanguage.Build(query);
            var pages = PagedListing.Stream(
                PageStyle.Cursor(),
                async (position, ct) =>
                {
                    var request = ApiRequest.Get(ListPath, "list caller IDs")
                        .WithQuery("ql", ql)
                        .WithQuery("limit", PageLimit)
                        .WithQuery("after", position.Cursor)
                        .OnStatus(400, CallerIdErrorKind.InvalidInput, position.Cursor == null ? null : "A paging cursor expired (they are short-lived): run the command again.");
                    var response = await _api.SendAsync(request, ct).ConfigureAwait(false);
                    return response.Parse(d => AppleParser.Page(d, _origin));
                },
                c => c.Id,
                _api.ProviderName,
                "caller IDs",
                cancellationToken,
                query.HasAnyFilter ? null : total);
            await foreach (var item in pages.ConfigureAwait(false))
            {
                if (query.MatchesCommon(item) && (query.States == null || query.States.Count == 0 || (item.State.HasValue && query.States.Contains(item.State.Value.ToString()))))
                {
                    yield return item;
                }
            }
        }

        /// <summary>One caller ID by its id, or null.</summary>
        public Task<AppleCallerId?> FindAsync(string id, CancellationToken cancellationToken) =>
            FirstAsync(new CallerIdQuery { Id = AppleGuard.AppleId(id, "Id") }, cancellationToken);

        /// <summary>The caller ID of a number, or null.</summary>
        public Task<AppleCallerId?> FindByNumberAsync(string phoneNumber, CancellationToken cancellationToken) =>
            FirstAsync(new CallerIdQuery { PhoneNumber = AppleGuard.UsPhoneNumber(phoneNumber) }, cancellationToken);

        /// <summary>
        /// The caller ID to change or delete, read first for its etag: by id when one is given, else by number.
        /// NotFound when the brand has none.
        /// </summary>
        public async Task<AppleCallerId> RequireAsync(string? id, string? phoneNumber, CancellationToken cancellationToken)
        {
            var found = id != null
                ? await FindAsync(id, cancellationToken).ConfigureAwait(false)
                : await FindByNumberAsync(phoneNumber!, cancellationToken).ConfigureAwait(false);
            return found ?? throw new CallerIdException(
                CallerIdErrorKind.NotFound,
                $"Apple Business has no caller ID {(id != null ? "with id " + id : phoneNumber)} on this brand.",
                "Get-CallerId -Connection <Apple connection> lists the caller IDs; New-CallerId creates one.") { Provider = _api.ProviderName, OffendingValue = id ?? phoneNumber };
        }

        private async Task<AppleCallerId?> FirstAsync(CallerIdQuery query, CancellationToken cancellationToken)
        {
            await foreach (var item in ListCallerIdsAsync(query, null, cancellationToken).ConfigureAwait(false))
            {
                return item;
            }

            return null;
        }

        /// <summary>
        /// Creates a caller ID. Its warnings come back on <see cref="AppleCallerId.ValidationReports"/>; violations fail the call
        /// with InvalidInput, the reports on <see cref="CallerIdException.ProviderDetails"/>. Not repeated on failure: a lost answer may mean it exists.
        /// </summary>
        public async Task<AppleCallerId> CreateAsync(string phoneNumber, string department, CancellationToken cancellationToken)
        {
            var number = AppleGuard.UsPhoneNumber(phoneNumber);
            var name = AppleDepartment.Check(department);
            var request = ApiRequest.Post(ListPath, $"create caller ID {number}", Body(null, number, name))
                .Idempotent(false)
                .OnStatus(400, CallerIdErrorKind.InvalidInput, "Apple's validation refused the caller ID: correct what each report names and try again.")
                .OnStatus(403, CallerIdErrorKind.PermissionDenied, ReadOnlyHint);
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.Parse(d => AppleParser.Changed(d, _origin, response.Header("etag")));
        }

        /// <summary>
        /// Replaces the department, sending the etag the caller read in If-Match. Apple answers 412 when the caller ID changed
        /// since: that is an EtagConflict the user resolves by reading it again.
        /// </summary>
        public async Task<AppleCallerId> UpdateDepartmentAsync(string id, string phoneNumber, string etag, string department, CancellationToken cancellationToken)
        {
            var checkedId = AppleGuard.AppleId(id, "Id");
            var number = AppleGuard.UsPhoneNumber(phoneNumber);
            var name = AppleDepartment.Check(department);
            if (string.IsNullOrWhiteSpace(etag))
            {
                throw CallerIdException.InvalidInput(id, $"Caller ID {checkedId} has no etag to send in If-Match: get it again with Get-CallerId -Id {checkedId}.");
            }

            var request = new ApiRequest(HttpMethod.Put, OnePath(checkedId), $"update caller ID {checkedId} ({number})")
                .WithBody(Body(checkedId, number, name))
                .WithHeader("If-Match", Quote(etag))
                .OnStatus(400, CallerIdErrorKind.InvalidInput, "Apple's validation refused the change: correct what each report names and try again.")
                .OnStatus(403, CallerIdErrorKind.PermissionDenied, ReadOnlyHint)
                .OnStatus(404, CallerIdErrorKind.NotFound, $"Caller ID {checkedId} no longer exists: Get-CallerId -Connection {_origin.ConnectionName} lists what does.")
                .OnStatus(412, CallerIdErrorKind.EtagConflict, RereadHint(checkedId));
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.Parse(d => AppleParser.Changed(d, _origin, response.Header("etag")));
        }

        /// <summary>
        /// A deletion names the caller ID by Apple's numeric id or a US number (a piped record's own are kept as read); a change
        /// is checked when its caller ID is read for its etag. Either is shown as "number (id …)" when both are known.
        /// </summary>
        public CallerIdChange Validate(CallerIdChange change)
        {
            var apple = change.Record as AppleCallerId;
            if (!change.IsDeletion)
            {
                return change.Identified(change.PhoneNumber, change.Id, apple != null ? $"{apple.PhoneNumber} (id {apple.Id})" : change.PhoneNumber ?? "id " + change.Id);
            }

            var id = apple == null && change.Id != null ? AppleGuard.AppleId(change.Id, "Id") : apple?.Id;
            var number = apple == null && change.PhoneNumber != null ? AppleGuard.UsPhoneNumber(change.PhoneNumber) : apple?.PhoneNumber;
            return change.Identified(number, id, Subject(number, id));
        }

        /// <summary>
        /// A caller ID named only by its id or its number (or a CSV row's columns) is read before the confirmation, so it
        /// names the number and the id, and the change or deletion carries the etag of what was confirmed.
        /// </summary>
        async Task<CallerIdChange> ICallerIdEditor.IdentifyAsync(CallerIdChange change, CancellationToken cancellationToken)
        {
            if (change.Record is AppleCallerId) return change;
            var found = await RequireAsync(change.Id, change.PhoneNumber, cancellationToken).ConfigureAwait(false);
            var read = change.Identified(found.PhoneNumber, found.Id, Subject(found.PhoneNumber, found.Id));
            read.Record = found;
            return read;
        }

        private static string Subject(string? number, string? id) => number != null && id != null ? $"{number} (id {id})" : number ?? "id " + id;

        /// <summary>
        /// A new department, guarded by the etag the record was read with (a piped record's, else read now): if Apple's record
        /// moved on since, this is an EtagConflict, not a silent overwrite. Apple's refusal comes back as notices.
        /// </summary>
        async Task<CallerIdEdit> ICallerIdEditor.ChangeAsync(CallerIdChange change, CancellationToken cancellationToken)
        {
            var current = change.Record as AppleCallerId ?? await RequireAsync(change.Id, change.PhoneNumber, cancellationToken).ConfigureAwait(false);
            try
            {
                return AppleValidationNotices.Accepted(await UpdateDepartmentAsync(current.Id, current.PhoneNumber, current.Etag ?? "", change.Department!, cancellationToken).ConfigureAwait(false));
            }
            catch (CallerIdException error) when (AppleValidationNotices.Refused(error) != null)
            {
                return AppleValidationNotices.Refused(error)!;
            }
        }

        async Task<CallerIdEdit> ICallerIdCreator.CreateAsync(CallerIdChange creation, CancellationToken cancellationToken)
        {
            try
            {
                return AppleValidationNotices.Accepted(await CreateAsync(creation.PhoneNumber!, creation.Department!, cancellationToken).ConfigureAwait(false));
            }
            catch (CallerIdException error) when (AppleValidationNotices.Refused(error) != null)
            {
                return AppleValidationNotices.Refused(error)!;
            }
        }

        /// <summary>Deletes with the etag in If-Match like any other change: the record's (piped, or read before the confirmation), else it is read now (by id or number).</summary>
        async Task ICallerIdEditor.RemoveAsync(CallerIdChange deletion, CancellationToken cancellationToken)
        {
            var record = deletion.Record as AppleCallerId;
            if (record == null || string.IsNullOrWhiteSpace(record.Etag))
            {
                record = await RequireAsync(deletion.Id, deletion.PhoneNumber, cancellationToken).ConfigureAwait(false);
            }

            await DeleteAsync(record.Id, record.Etag, record.PhoneNumber, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Deletes a caller ID, guarded by its etag when the caller has one; the journal names its number when it is known (else its id).</summary>
        public async Task DeleteAsync(string id, string? etag, string? phoneNumber, CancellationToken cancellationToken)
        {
            var checkedId = AppleGuard.AppleId(id, "Id");
            var request = ApiRequest.Delete(OnePath(checkedId), $"delete caller ID {checkedId}")
                .Idempotent(false)
                .OnStatus(403, CallerIdErrorKind.PermissionDenied, ReadOnlyHint)
                .OnStatus(404, CallerIdErrorKind.NotFound, $"Caller ID {checkedId} does not exist (any more) on this brand.")
                .OnStatus(412, CallerIdErrorKind.EtagConflict, RereadHint(checkedId));
            if (!string.IsNullOrWhiteSpace(etag))
            {
                request.WithHeader("If-Match", Quote(etag!));
            }

            var what = new Money.UnsafeRequest(Journal.JournalOperation.Deletion, string.IsNullOrEmpty(phoneNumber) ? checkedId : phoneNumber!, $"Get-CallerId -Connection {_origin.ConnectionName} -Id {checkedId}");
            await _origin.Unsafe.SendAsync(what, ct => _api.SendAsync(request, ct), async ct => await FindAsync(checkedId, ct).ConfigureAwait(false) == null, cancellationToken).ConfigureAwait(false);
        }

        private const string ReadOnlyHint = "The service account may be Read Only (fixed when it was created): use one with Read+Write permission.";

        private string RereadHint(string id) =>
            $"The caller ID changed since it was read: get it again (Get-CallerId -Connection {_origin.ConnectionName} -Id {id}) and repeat the change.";

        private static Dictionary<string, object> Body(string? id, string phoneNumber, string department)
        {
            var body = new Dictionary<string, object>();
            if (id != null) body["id"] = id;
            body["callerIdDetails"] = new Dictionary<string, string> { ["phoneNumber"] = phoneNumber, ["department"] = department };
            return body;
        }

        private static string Quote(string etag) => "\"" + etag.Trim().Trim('"') + "\"";
    }
}

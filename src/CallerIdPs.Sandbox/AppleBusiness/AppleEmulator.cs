using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Sandbox.AppleBusiness
{
    /// <summary>
    /// Apple Business branded caller IDs as ../shared/providers/apple-business.md describes them: client-credentials
    /// tokens that expire, ql filters, cursor paging with pagination.next, etags with If-Match, validation reports,
    /// error bodies as an object or an array, an apple-request-id on every answer and 15 requests per second.
    /// </summary>
    public sealed class AppleEmulator : ApiEmulator<AppleEmulatorOptions>
    {
        public const string TokenPath = "/api/v1/oauth2/token";
        private const string Base = "/api/v1/orgs/{orgId}/brands/{brandId}/caller-ids";
        private const string DepartmentPrefix = "department.";

        // '+', a 1–3 digit country code and at most 12 subscriber digits, nothing else.
        private static readonly Regex PhoneNumber = new Regex(@"^\+[1-9][0-9]{0,2}[0-9]{1,12}$", RegexOptions.CultureInvariant);

        private readonly AppleState _state;

        public AppleEmulator(AppleEmulatorOptions? options = null, EmulatorClock? clock = null)
            : base(options, clock)
        {
            _state = new AppleState(Options, Clock.UtcNow);

            Routes.Add("POST", TokenPath, (r, v) => IssueToken(r));
            Routes.Add("GET", Base, (r, v) => List(r));
            Routes.Add("POST", Base, (r, v) => Create(r));
            Routes.Add("GET", Base + "/{id}", (r, v) => GetOne(v["id"]));
            Routes.Add("PUT", Base + "/{id}", (r, v) => Update(r, v["id"]));
            Routes.Add("DELETE", Base + "/{id}", (r, v) => Delete(r, v["id"]));
        }

        /// <summary>Tokens issued since the emulator started: the client must reuse one, not fetch one per request.</summary>
        public int TokensIssued { get { lock (Gate) return _state.TokensIssued; } }

        /// <summary>The brand's caller IDs, newest first.</summary>
        public IReadOnlyList<(string Id, string PhoneNumber, string Department, string State, string Etag, DateTimeOffset CreatedDate)> CallerIds()
        {
            lock (Gate) return _state.Ordered().Select(c => (c.Id, c.PhoneNumber, c.Department, c.State, c.Etag, c.CreatedDate)).ToList();
        }

        /// <summary>Changes a caller ID behind the client's back (as Apple's review does), giving it a new etag.</summary>
        public string Touch(string id, string state)
        {
            lock (Gate)
            {
                var record = _state.Find(id) ?? throw new ArgumentException("No caller ID " + id, nameof(id));
                record.State = state;
                record.UpdatedDate = AppleState.Whole(Clock.UtcNow);
                record.Etag = _state.NewEtag();
                return record.Etag;
            }
        }

        /// <summary>Every answer carries an apple-request-id, errors included.</summary>
        protected override EmulatorResponse Error(int status, string message) =>
            WithRequestId(EmulatorResponse.Json(status, AppleJson.Problem(CodeFor(status), message)));

        protected override EmulatorResponse BadJson(EmulatorRequest request, JsonException problem) =>
            Error(400, "The request body is not valid JSON.");

        protected override EmulatorResponse? Admit(EmulatorRequest request)
        {
            var now = Clock.UtcNow;
            if (!WithinLimit(Options.RequestsPerSecond, TimeSpan.FromSeconds(1), out _))
            {
                return Error(429, "Too many requests.");
            }

            if (request.RawPath.TrimEnd('/') == TokenPath)
            {
                return null;
            }

            var header = request.Header("Authorization");
            var bearer = header != null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header.Substring(7).Trim() : null;
            if (bearer == null || !_state.Tokens.TryGetValue(bearer, out var token))
            {
                return Unauthorized("Invalid Token");
            }

            if (now >= token.ExpiresAt)
            {
                return Unauthorized("Expired Token");
            }

            var segments = request.RawPath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length >= 4 && segments[2] == "orgs" && Uri.UnescapeDataString(segments[3]) != Options.OrganizationId)
            {
                return Error(403, "The service account has no access to this organization.");
            }

            if (segments.Length >= 6 && segments[4] == "brands" && Uri.UnescapeDataString(segments[5]) != Options.BrandId)
            {
                return Error(404, "Brand not found.");
            }

            if (Options.ReadOnly && request.Method != "GET")
            {
                return Error(403, "The service account has Read Only permission.");
            }

            if ((request.Method == "POST" || request.Method == "PUT")
                && (request.Header("Content-Type") ?? "").IndexOf("application/json", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return Error(415, "Content-Type must be application/json.");
            }

            return null;
        }

        /// <summary>401 exactly as the spec shows it: a JSON array with one problem.</summary>
        private EmulatorResponse Unauthorized(string message) =>
            WithRequestId(EmulatorResponse.Json(401, new JsonArray(AppleJson.Problem("Unauthorized", message, new JsonObject { ["header"] = "Authorization" }))));

        private EmulatorResponse IssueToken(EmulatorRequest request)
        {
            if ((request.Header("Content-Type") ?? "").IndexOf("application/json", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return Error(415, "Content-Type must be application/json.");
            }

            var body = request.JsonBody();
            string? Text(string name) => body[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (Text("grant_type") != "client_credentials" || Text("scope") != "business")
            {
                return Error(400, "grant_type must be client_credentials and scope must be business.");
            }

            if (Text("client_id") != Options.ClientId || Text("client_secret") != Options.ClientSecret)
            {
                return Unauthorized("Invalid client credentials");
            }

            var token = new AppleToken
            {
                // Shaped like a JWT; nothing reads its contents.
                Value = "eyJhbGciOiJFUzI1NiJ9." + _state.NewOpaque(48) + "." + _state.NewOpaque(43),
                ExpiresAt = Clock.UtcNow + Options.TokenLifetime,
            };
            _state.Tokens[token.Value] = token;
            _state.TokensIssued++;
            return Ok(200, new JsonObject
            {
                ["access_token"] = token.Value,
                ["token_type"] = "Bearer",
                ["expires_in"] = (int)Options.TokenLifetime.TotalSeconds,
            });
        }

        private EmulatorResponse List(EmulatorRequest request)
        {
            var limitText = request.QueryValue("limit");
            var limit = Options.MaxLimit;
            if (limitText != null && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > Options.MaxLimit))
            {
                return Error(400, $"limit must be an integer between 1 and {Options.MaxLimit}.");
            }

            var ql = request.QueryValue("ql") ?? "";
            var position = 0;
            var after = request.QueryValue("after");
            if (after != null)
            {
                if (!_state.Cursors.TryGetValue(after, out var cursor) || Clock.UtcNow - cursor.IssuedAt > Options.CursorLifetime)
                {
                    return Error(400, "The cursor is invalid or has expired.");
                }

                if (cursor.Ql != ql)
                {
                    return Error(400, "The cursor belongs to another query.");
                }

                position = cursor.Position;
            }

            Func<AppleCallerIdRecord, bool> filter;
            try
            {
                filter = AppleQl.Parse(ql);
            }
            catch (QlException problem)
            {
                return Error(400, problem.Message);
            }

            var matching = _state.Ordered().Where(filter).ToList();
            var page = matching.Skip(position).Take(limit).Select(c => (JsonNode)AppleJson.CallerId(c, Options)).ToArray();
            var pagination = new JsonObject();
            if (position + limit < matching.Count)
            {
                var next = _state.NewOpaque(16);
                _state.Cursors[next] = new AppleCursor { Ql = ql, Position = position + limit, IssuedAt = Clock.UtcNow };
                pagination["cursors"] = new JsonObject { ["after"] = next };
                // As in Apple's example, the ql in `next` is not percent-encoded.
                pagination["next"] = $"/api/v1/orgs/{Options.OrganizationId}/brands/{Options.BrandId}/caller-ids?"
                    + (ql.Length > 0 ? "ql=" + ql + "&" : "") + $"limit={limit}&after={next}";
            }

            return Ok(200, new JsonObject
            {
                ["data"] = new JsonArray(page),
                ["pagination"] = pagination,
                ["total"] = matching.Count,
            });
        }

        private EmulatorResponse GetOne(string id)
        {
            var record = _state.Find(id);
            return record == null ? Error(404, $"Caller ID {id} not found.") : Ok(200, AppleJson.CallerId(record, Options)).WithHeader("etag", Quote(record.Etag));
        }

        private EmulatorResponse Create(EmulatorRequest request)
        {
            var body = request.JsonBody();
            if (!TryDetails(body, out var phone, out var department, out var refused))
            {
                return refused!;
            }

            var violations = new JsonArray();
            Validate(phone, department, violations);
            if (_state.FindNumber(phone) != null)
            {
                violations.Add(AppleJson.Report("CallerIdMustBeUnique", "VIOLATION", "A caller ID with this phone number already exists for the brand.", "callerIdDetails.phoneNumber", phone));
            }

            if (_state.CallerIds.Count >= Options.MaxCallerIdsPerBrand)
            {
                violations.Add(AppleJson.Report("CallerIdLimitReached", "VIOLATION", $"A brand may have at most {Options.MaxCallerIdsPerBrand} caller IDs.", "callerIdDetails.phoneNumber", phone));
            }

            if (violations.Count > 0)
            {
                return WithRequestId(EmulatorResponse.Json(400, violations));
            }

            var now = AppleState.Whole(Clock.UtcNow);
            var record = new AppleCallerIdRecord
            {
                Id = _state.NewId(),
                PhoneNumber = phone,
                Department = department,
                State = "SUBMITTED",
                Etag = _state.NewEtag(),
                CreatedDate = now,
                UpdatedDate = now,
            };
            _state.CallerIds.Add(record);
            return Ok(201, AppleJson.CallerId(record, Options, Warnings(record)))
                .WithHeader("etag", Quote(record.Etag))
                .WithHeader("location", $"/api/v1/orgs/{Options.OrganizationId}/brands/{Options.BrandId}/caller-ids/{record.Id}");
        }

        private EmulatorResponse Update(EmulatorRequest request, string id)
        {
            var record = _state.Find(id);
            if (record == null)
            {
                return Error(404, $"Caller ID {id} not found.");
            }

            var ifMatch = request.Header("If-Match");
            if (string.IsNullOrWhiteSpace(ifMatch))
            {
                return Error(400, "The If-Match header is required.");
            }

            if (Unquote(ifMatch!) != record.Etag)
            {
                return Error(412, "If-Match does not match the current etag.");
            }

            var body = request.JsonBody();
            if (!(body["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var bodyId)) || bodyId != id)
            {
                return Error(400, "The body's id must be the caller ID's id, as a string.");
            }

            if (!TryDetails(body, out var phone, out var department, out var refused))
            {
                return refused!;
            }

            var violations = new JsonArray();
            Validate(phone, department, violations);
            if (phone != record.PhoneNumber)
            {
                violations.Add(AppleJson.Report("PhoneNumberCannotChange", "VIOLATION", "The phone number of a caller ID cannot change.", "callerIdDetails.phoneNumber", phone));
            }

            if (violations.Count > 0)
            {
                return WithRequestId(EmulatorResponse.Json(400, violations));
            }

            record.Department = department;
            record.State = "SUBMITTED";
            record.UpdatedDate = AppleState.Whole(Clock.UtcNow);
            record.Etag = _state.NewEtag();
            return Ok(200, AppleJson.CallerId(record, Options, Warnings(record))).WithHeader("etag", Quote(record.Etag));
        }

        /// <summary>If-Match is optional here (inferred from other resources); when sent it must match.</summary>
        private EmulatorResponse Delete(EmulatorRequest request, string id)
        {
            var record = _state.Find(id);
            if (record == null)
            {
                return Error(404, $"Caller ID {id} not found.");
            }

            var ifMatch = request.Header("If-Match");
            if (!string.IsNullOrWhiteSpace(ifMatch) && Unquote(ifMatch!) != record.Etag)
            {
                return Error(412, "If-Match does not match the current etag.");
            }

            _state.CallerIds.Remove(record);
            return WithRequestId(EmulatorResponse.Empty(204));
        }

        private bool TryDetails(JsonObject body, out string phone, out string department, out EmulatorResponse? refused)
        {
            phone = department = "";
            refused = null;
            if (!(body["callerIdDetails"] is JsonObject details)
                || !(details["phoneNumber"] is JsonValue p && p.TryGetValue<string>(out var phoneText))
                || !(details["department"] is JsonValue d && d.TryGetValue<string>(out var departmentText)))
            {
                refused = Error(400, "callerIdDetails with phoneNumber and department (strings) is required.");
                return false;
            }

            phone = phoneText;
            department = departmentText;
            return true;
        }

        private void Validate(string phone, string department, JsonArray violations)
        {
            if (!PhoneNumber.IsMatch(phone) || !phone.StartsWith("+1", StringComparison.Ordinal) || phone.Length != 12)
            {
                violations.Add(AppleJson.Report("PhoneNumberMustBeValid", "VIOLATION", "The phone number must be a US number in E.164 form.", "callerIdDetails.phoneNumber", phone));
            }
            else if (Options.BlockedNumbers.Contains(phone))
            {
                violations.Add(AppleJson.Report("CallerIdIsBlocked", "VIOLATION", "This phone number is blocked from use as a caller ID.", "callerIdDetails.phoneNumber", phone));
            }

            if (!department.StartsWith(DepartmentPrefix, StringComparison.Ordinal) || department.Length == DepartmentPrefix.Length)
            {
                violations.Add(AppleJson.Report("DepartmentMustBeValid", "VIOLATION", "The department is not a valid department.", "callerIdDetails.department", department));
            }
        }

        /// <summary>Warnings that do not stop the change: a number whose ownership is not proven yet.</summary>
        private JsonArray Warnings(AppleCallerIdRecord record)
        {
            var reports = new JsonArray();
            if (!Options.VerifiedNumbers.Contains(record.PhoneNumber))
            {
                reports.Add(AppleJson.Report("PhoneNumberVerificationRequired", "WARNING", "The phone number must be verified before the caller ID is published.", "callerIdDetails.phoneNumber", record.PhoneNumber));
            }

            return reports;
        }

        private EmulatorResponse Ok(int status, JsonNode body) => WithRequestId(EmulatorResponse.Json(status, body));

        private static EmulatorResponse WithRequestId(EmulatorResponse response) => response.WithHeader("apple-request-id", Guid.NewGuid().ToString("D"));

        private static string Quote(string etag) => "\"" + etag + "\"";

        private static string Unquote(string etag)
        {
            var value = etag.Trim();
            if (value.StartsWith("W/", StringComparison.Ordinal)) value = value.Substring(2);
            return value.Trim('"');
        }

        private static string CodeFor(int status)
        {
            switch (status)
            {
                case 400: return "BadRequest";
                case 401: return "Unauthorized";
                case 403: return "Forbidden";
                case 404: return "NotFound";
                case 405: return "MethodNotAllowed";
                case 412: return "PreconditionFailed";
                case 413: return "PayloadTooLarge";
                case 415: return "UnsupportedMediaType";
                case 429: return "TooManyRequests";
                case 503: return "ServiceUnavailable";
                default: return status >= 500 ? "InternalServerError" : "Error";
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Sandbox.IdentityCall
{
    /// <summary>
    /// IdentityCall's public API as ../shared/providers/identitycall.md describes it: Bearer idc_ keys with read/write
    /// permissions, project scopes (outside the key's project is 404, not 403) and expiry; virtual numbers (list, detail,
    /// partial update, operators), numbers for sale and purchase (at both documented paths); {"error"} and {"errors"}
    /// bodies; the plan's requests per minute, then 429 with Retry-After.
    /// </summary>
    public sealed class IdentityCallEmulator : ApiEmulator<IdentityCallEmulatorOptions>
    {
        private const string Base = "/api/v1/public/virtual_numbers";

        private static readonly Regex KeyShape = new Regex("^idc_[A-Za-z0-9]{32}$", RegexOptions.CultureInvariant);
        private static readonly Regex E164 = new Regex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant);
        private static readonly Regex CountryShape = new Regex("^[A-Za-z]{2}$", RegexOptions.CultureInvariant);
        private static readonly string[] Strategies = { "priority", "round_robin", "simultaneous" };

        private readonly IdentityCallState _state;

        public IdentityCallEmulator(IdentityCallEmulatorOptions? options = null, EmulatorClock? clock = null)
            : base(options, clock)
        {
            _state = new IdentityCallState(Options, Clock.UtcNow);

            // "available" and "purchase" before {id}: the first route that fits the path answers.
            Routes.Add("GET", Base + "/available", (r, v) => Available(r));
            Routes.Add("POST", Base + "/purchase", (r, v) => Purchase(r));
            Routes.Add("GET", Base, (r, v) => List(r));
            // One overview page documents the purchase as POST /virtual_numbers: both paths buy.
            Routes.Add("POST", Base, (r, v) => Purchase(r));
            Routes.Add("GET", Base + "/{id}", (r, v) => GetOne(r, v["id"]));
            Routes.Add("PATCH", Base + "/{id}", (r, v) => Update(r, v["id"]));
            Routes.Add("POST", Base + "/{id}/add_operator", (r, v) => AddOperator(r, v["id"]));
            Routes.Add("DELETE", Base + "/{id}/remove_operator", (r, v) => RemoveOperator(r, v["id"]));
        }

        /// <summary>Numbers bought since the emulator started.</summary>
        public int PurchaseCount { get { lock (Gate) return _state.Purchases; } }

        /// <summary>Every number of the account, whatever its project.</summary>
        public IReadOnlyList<(long Id, string PhoneNumber, string? Name, bool Active, bool Recording, string RoutingStrategy, int? ProjectId)> Numbers()
        {
            lock (Gate) return _state.Numbers.Select(n => (n.Id, n.PhoneNumber, n.Name, n.Active, n.Recording, n.RoutingStrategy, n.ProjectId)).ToList();
        }

        /// <summary>The numbers for sale of a country and type, in the order the API lists them.</summary>
        public IReadOnlyList<string> ForSale(string country, string type)
        {
            lock (Gate) return _state.Offers.Where(o => o.Country == country && o.Type == type).Select(o => o.PhoneNumber).ToList();
        }

        protected override EmulatorResponse Error(int status, string message) => EmulatorResponse.Json(status, IdentityCallJson.Error(message));

        protected override EmulatorResponse BadJson(EmulatorRequest request, JsonException problem) =>
            EmulatorResponse.Json(422, IdentityCallJson.Errors("Request body must be a JSON object"));

        /// <summary>The key (401 when missing, malformed, unknown or expired), then the account's requests per minute.</summary>
        protected override EmulatorResponse? Admit(EmulatorRequest request)
        {
            var header = request.Header("Authorization");
            if (header == null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Substring(7).Trim().Length == 0)
            {
                return Error(401, "Unauthorized");
            }

            if (KeyOf(request) == null)
            {
                return Error(401, "Invalid or expired API key");
            }

            // One window for the whole account: every key of the account shares the plan's limit.
            if (!WithinLimit(Options.RequestsPerMinute, TimeSpan.FromMinutes(1), out var wait))
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                return Error(429, "Rate limit exceeded").WithHeader("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
            }

            return null;
        }

        /// <summary>The key a request carries, if it is one of the account's and has not expired.</summary>
        private IdentityCallApiKey? KeyOf(EmulatorRequest request)
        {
            var header = request.Header("Authorization");
            if (header == null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var token = header.Substring(7).Trim();
            if (!KeyShape.IsMatch(token))
            {
                return null;
            }

            var key = Options.Keys.FirstOrDefault(k => string.Equals(k.Token, token, StringComparison.Ordinal));
            return key == null || (key.ExpiresAt.HasValue && key.ExpiresAt.Value <= Clock.UtcNow) ? null : key;
        }

        /// <summary>The admitted request's key, or the 403 for the permission it lacks.</summary>
        private IdentityCallApiKey Allowed(EmulatorRequest request, string permission, out EmulatorResponse? refused)
        {
            var key = KeyOf(request)!;
            var has = permission == "read" ? key.Read : permission == "write" ? key.Write : key.Delete;
            refused = has ? null : Error(403, char.ToUpperInvariant(permission[0]) + permission.Substring(1) + " permission required");
            return key;
        }

        private static bool Sees(IdentityCallApiKey key, IdcNumber number) => !key.ProjectId.HasValue || number.ProjectId == key.ProjectId;

        /// <summary>
        /// The number a path names, for a key with <paramref name="permission"/>: the 403 for a key without it, then the 404
        /// for a number that is missing or outside the key's project (IdentityCall answers both alike); null when reached.
        /// </summary>
        private EmulatorResponse? Reach(EmulatorRequest request, string permission, string id, out IdcNumber number)
        {
            number = null!;
            var key = Allowed(request, permission, out var refused);
            if (refused != null) return refused;
            if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && _state.Number(value) is IdcNumber found && Sees(key, found))
            {
                number = found;
                return null;
            }

            return NotFound(request);
        }

        private EmulatorResponse List(EmulatorRequest request)
        {
            var key = Allowed(request, "read", out var refused);
            if (refused != null) return refused;
            var items = _state.Numbers.Where(n => Sees(key, n)).OrderBy(n => n.Id).Select(n => (JsonNode)IdentityCallJson.ListItem(n, _state)).ToArray();
            return EmulatorResponse.Json(200, IdentityCallJson.Data(new JsonArray(items)));
        }

        private EmulatorResponse GetOne(EmulatorRequest request, string id)
        {
            return Reach(request, "read", id, out var number) ?? EmulatorResponse.Json(200, IdentityCallJson.Data(IdentityCallJson.Detail(number, _state)));
        }

        private EmulatorResponse Update(EmulatorRequest request, string id)
        {
            var unreachable = Reach(request, "write", id, out var number);
            if (unreachable != null) return unreachable;

            var body = request.HasBody ? request.JsonBody() : new JsonObject();
            var problems = new List<string>();
            string? name = null;
            bool? active = null, recording = null;
            string? strategy = null;
            var setsName = body.TryGetPropertyValue("name", out var nameNode);
            if (setsName && nameNode != null && !(nameNode is JsonValue n && n.TryGetValue(out name)))
            {
                problems.Add("name must be a string");
            }
            else if (setsName && name != null && (name.Trim().Length == 0 || name.Length > 255))
            {
                problems.Add("name must be 1 to 255 characters");
            }

            if (body.TryGetPropertyValue("active", out var activeNode) && !TryBool(activeNode, out active)) problems.Add("active must be true or false");
            if (body.TryGetPropertyValue("recording", out var recordingNode) && !TryBool(recordingNode, out recording)) problems.Add("recording must be true or false");
            if (body.TryGetPropertyValue("routing_strategy", out var strategyNode)
                && !(strategyNode is JsonValue s && s.TryGetValue(out strategy) && Strategies.Contains(strategy)))
            {
                problems.Add("routing_strategy must be one of " + string.Join(", ", Strategies));
            }

            if (problems.Count > 0)
            {
                return EmulatorResponse.Json(422, IdentityCallJson.Errors(problems.ToArray()));
            }

            if (setsName) number.Name = name;
            if (active.HasValue) number.Active = active.Value;
            if (recording.HasValue) number.Recording = recording.Value;
            if (strategy != null) number.RoutingStrategy = strategy;
            return EmulatorResponse.Json(200, IdentityCallJson.Data(IdentityCallJson.Detail(number, _state)));
        }

        /// <summary>Any scope may search; defaults US and mobile.</summary>
        private EmulatorResponse Available(EmulatorRequest request)
        {
            Allowed(request, "read", out var refused);
            if (refused != null) return refused;
            var country = request.QueryValue("country");
            var type = request.QueryValue("number_type");
            country = string.IsNullOrEmpty(country) ? "US" : country;
            type = string.IsNullOrEmpty(type) ? "mobile" : type;
            var problems = new List<string>();
            if (!CountryShape.IsMatch(country!)) problems.Add("country must be an ISO 3166-1 alpha-2 code");
            if (!IdentityCallState.Types.Contains(type)) problems.Add("number_type must be one of " + string.Join(", ", IdentityCallState.Types));
            if (problems.Count > 0)
            {
                return EmulatorResponse.Json(422, IdentityCallJson.Errors(problems.ToArray()));
            }

            var code = country!.ToUpperInvariant();
            var offers = _state.Offers.Where(o => o.Country == code && o.Type == type).Select(o => (JsonNode)IdentityCallJson.Offer(o)).ToArray();
            return EmulatorResponse.Json(200, IdentityCallJson.Data(new JsonArray(offers)));
        }

        /// <summary>201 with the list-item shape; a project-scoped key attaches the number to its project.</summary>
        private EmulatorResponse Purchase(EmulatorRequest request)
        {
            var key = Allowed(request, "write", out var refused);
            if (refused != null) return refused;
            var body = request.HasBody ? request.JsonBody() : new JsonObject();
            if (!TryString(body, "phone_number", out var phone) || string.IsNullOrWhiteSpace(phone))
            {
                return Error(422, "phone_number is required");
            }

            if (!TryString(body, "name", out var name))
            {
                return EmulatorResponse.Json(422, IdentityCallJson.Errors("name must be a string"));
            }

            if (!E164.IsMatch(phone!))
            {
                return EmulatorResponse.Json(422, IdentityCallJson.Errors("phone_number must be in E.164 format"));
            }

            var offer = _state.Offers.FirstOrDefault(o => o.PhoneNumber == phone);
            if (offer == null)
            {
                return Error(422, "Phone number is not available for purchase");
            }

            _state.Offers.Remove(offer);
            var number = new IdcNumber
            {
                Id = _state.NextNumberId(),
                PhoneNumber = offer.PhoneNumber,
                Name = string.IsNullOrWhiteSpace(name) ? null : name,
                Country = offer.Country,
                ProjectId = key.ProjectId,
            };
            _state.Numbers.Add(number);
            _state.Purchases++;
            return EmulatorResponse.Json(201, IdentityCallJson.Data(IdentityCallJson.ListItem(number, _state)));
        }

        /// <summary>{operator_id} attaches an operator of the account; {phone_number, name} adds a new one and attaches it.</summary>
        private EmulatorResponse AddOperator(EmulatorRequest request, string id)
        {
            var unreachable = Reach(request, "write", id, out var number);
            if (unreachable != null) return unreachable;
            var body = request.HasBody ? request.JsonBody() : new JsonObject();

            IdcOperator? added;
            if (body.TryGetPropertyValue("operator_id", out var idNode) && idNode != null)
            {
                if (!(idNode is JsonValue v && v.TryGetValue(out long operatorId)))
                {
                    return EmulatorResponse.Json(422, IdentityCallJson.Errors("operator_id must be an integer"));
                }

                added = _state.Operator(operatorId);
                if (added == null) return NotFound(request);
            }
            else
            {
                if (!TryString(body, "phone_number", out var phone) || !TryString(body, "name", out var name) || string.IsNullOrWhiteSpace(phone) || string.IsNullOrWhiteSpace(name))
                {
                    return EmulatorResponse.Json(422, IdentityCallJson.Errors("operator_id, or phone_number and name, are required"));
                }

                if (!E164.IsMatch(phone!))
                {
                    return EmulatorResponse.Json(422, IdentityCallJson.Errors("phone_number must be in E.164 format"));
                }

                added = new IdcOperator { Id = _state.NextOperatorId(), Name = name!.Trim(), PhoneNumber = phone! };
                _state.Operators.Add(added);
            }

            if (number.OperatorIds.Contains(added.Id))
            {
                return EmulatorResponse.Json(422, IdentityCallJson.Errors("Operator is already assigned to this virtual number"));
            }

            number.OperatorIds.Add(added.Id);
            return EmulatorResponse.Json(200, IdentityCallJson.Data(IdentityCallJson.Detail(number, _state)));
        }

        private EmulatorResponse RemoveOperator(EmulatorRequest request, string id)
        {
            var unreachable = Reach(request, "write", id, out var number);
            if (unreachable != null) return unreachable;
            if (!long.TryParse(request.QueryValue("operator_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var operatorId) || !number.OperatorIds.Remove(operatorId))
            {
                return NotFound(request);
            }

            return EmulatorResponse.Json(200, IdentityCallJson.Data(IdentityCallJson.Detail(number, _state)));
        }

        private static bool TryBool(JsonNode? node, out bool? value)
        {
            value = null;
            if (node is JsonValue json && json.TryGetValue(out bool b))
            {
                value = b;
                return true;
            }

            return false;
        }

        /// <summary>False when the field is there but not a string; null or absent gives null.</summary>
        private static bool TryString(JsonObject body, string name, out string? value)
        {
            value = null;
            if (!body.TryGetPropertyValue(name, out var node) || node == null)
            {
                return true;
            }

            return node is JsonValue json && json.TryGetValue(out value);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Sandbox.TwoChat
{
    /// <summary>
    /// 2Chat's API as ../shared/providers/twochat.md describes it: the same paths, query names, bodies, status codes,
    /// error bodies, paging and limits, over a seeded in-memory account.
    /// </summary>
    public sealed class TwoChatEmulator : ApiEmulator
    {
        private static readonly Regex E164 = new Regex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant);
        private static readonly Regex Country = new Regex("^[A-Z]{2}$", RegexOptions.CultureInvariant);

        private readonly TwoChatEmulatorOptions _options;
        private readonly TwoChatState _state;
        private readonly SlidingWindowLimit _rate = new SlidingWindowLimit();
        private long _apiRequestCount;

        public TwoChatEmulator(TwoChatEmulatorOptions? options = null, EmulatorClock? clock = null)
            : base(clock)
        {
            _options = options ?? new TwoChatEmulatorOptions();
            _state = new TwoChatState(_options, Clock.UtcNow);
            _apiRequestCount = _options.ApiRequestCount;

            Routes.Add("GET", "/info", (r, v) => Info());
            Routes.Add("GET", "/open/voip/caller-ids", (r, v) => CallerIds(r));
            Routes.Add("GET", "/open/voip/virtual-numbers", (r, v) => VirtualNumbers(r));
            Routes.Add("DELETE", "/open/voip/virtual-numbers/{uuid}", (r, v) => ReleaseNumber(v["uuid"]));
            Routes.Add("GET", "/open/numbers/regions", (r, v) => Regions(r));
            Routes.Add("GET", "/open/numbers/cities", (r, v) => Cities(r));
            Routes.Add("GET", "/open/numbers/did-types", (r, v) => DidTypes());
            Routes.Add("GET", "/open/numbers/requirements", (r, v) => Requirements(r));
            Routes.Add("GET", "/open/numbers/groups", (r, v) => Groups(r));
            Routes.Add("GET", "/open/numbers/available", (r, v) => Available(r));
            Routes.Add("POST", "/open/numbers/reservations", (r, v) => Reserve(r));
            Routes.Add("GET", "/open/numbers/reservations", (r, v) => ListReservations());
            Routes.Add("DELETE", "/open/numbers/reservations/{uuid}", (r, v) => CancelReservation(v["uuid"]));
            Routes.Add("POST", "/open/numbers/purchase", (r, v) => Purchase(r));
        }

        public TwoChatEmulatorOptions Options => _options;

        /// <summary>Numbers bought through the API since the emulator started.</summary>
        public int PurchaseCount { get { lock (Gate) return _state.Purchases; } }

        public int CallerIdTotal { get { lock (Gate) return _state.CallerIds.Count; } }

        public long ApiRequestCount => System.Threading.Interlocked.Read(ref _apiRequestCount);

        public IReadOnlyList<(string Id, string PhoneNumber, string Status)> OwnedNumbers()
        {
            lock (Gate) return _state.Owned.Select(o => (o.Uuid, o.PhoneNumber, o.StatusText)).ToList();
        }

        public IReadOnlyList<(string Id, string PhoneNumber, string GroupId, DateTimeOffset ExpiresAt)> ActiveReservations()
        {
            lock (Gate)
            {
                var now = Clock.UtcNow;
                return _state.Reservations.Where(r => r.IsActiveAt(now)).Select(r => (r.Uuid, r.Number, r.Group.Id, r.ExpiresAt)).ToList();
            }
        }

        /// <summary>The id of the first group that fits, for tests that need "a group of this kind".</summary>
        public string FirstGroupId(string country, string type, bool? allowSelection = null, bool? hasRequirements = null)
        {
            lock (Gate)
            {
                return _state.Groups.First(g => g.Country == country && g.Type == type
                    && (!allowSelection.HasValue || g.AllowNumberSelection == allowSelection.Value)
                    && (!hasRequirements.HasValue || g.HasRequirements == hasRequirements.Value)).Id;
            }
        }

        /// <summary>A number of a group that nobody owns or holds.</summary>
        public string FreeNumberOf(string groupId)
        {
            lock (Gate)
            {
                var now = Clock.UtcNow;
                return _state.Groups.First(g => g.Id == groupId).Pool.First(n => !_state.IsTaken(n, now));
            }
        }

        protected override EmulatorResponse Error(int status, string message) => EmulatorResponse.Json(status, TwoChatJson.Error(message));

        protected override EmulatorResponse BadJson(EmulatorRequest request, System.Text.Json.JsonException problem) =>
            Error(400, "Invalid JSON in request body");

        protected override EmulatorResponse? Admit(EmulatorRequest request)
        {
            var key = request.Header("X-User-API-Key");
            if (string.IsNullOrEmpty(key) || !string.Equals(key, _options.ApiKey, StringComparison.Ordinal))
            {
                return Error(401, "Invalid API key");
            }

            if (_options.Blocked)
            {
                return Error(403, "This account has been blocked");
            }

            var isInfo = request.RawPath.TrimEnd('/') == "/info";
            if (!isInfo && _options.TrialOver)
            {
                return Error(402, "Your trial period has ended. Please upgrade your plan to continue using the API");
            }

            if (!isInfo && _apiRequestCount >= _options.MaxApiRequestCount)
            {
                return Error(402, "You have used all the API credits of your plan");
            }

            if (!_rate.TryAdmit(Clock.UtcNow, _options.RequestsPerMinute, TimeSpan.FromMinutes(1), out _))
            {
                return Error(429, "Too many requests");
            }

            System.Threading.Interlocked.Increment(ref _apiRequestCount);
            return null;
        }

        private EmulatorResponse Info() => EmulatorResponse.Json(200, new JsonObject
        {
            ["success"] = true,
            ["account"] = new JsonObject
            {
                ["name"] = $"Sandbox Telephony ({_state.AccountUuid.Substring(0, 11)})",
                ["uuid"] = _state.AccountUuid,
                ["on_trial"] = _options.TrialOver,
                ["blocked"] = _options.Blocked,
                ["created_at"] = TwoChatJson.Time(_state.CreatedAt),
                ["expires_at"] = TwoChatJson.Time(_options.TrialOver ? Clock.UtcNow.AddDays(-1) : _state.CreatedAt.AddYears(3)),
            },
            ["limits"] = new JsonObject { ["requests_per_minute"] = _options.RequestsPerMinute },
            ["usage"] = new JsonObject
            {
                ["api_request_count"] = _apiRequestCount,
                ["max_api_request_count"] = _options.MaxApiRequestCount,
                ["number_check_count"] = 430542,
                ["max_number_check_count"] = 500000,
            },
        });

        private EmulatorResponse CallerIds(EmulatorRequest request) =>
            Paged(request, "caller_ids", _state.CallerIds, (writer, c) => TwoChatJson.CallerId(writer, c, _state.AccountUuid));

        private EmulatorResponse VirtualNumbers(EmulatorRequest request) =>
            Paged(request, "numbers", request.QueryValue("page_number") is null or "0" ? _state.ListedNumbers() : _state.Owned.Where(o => o.HiddenListings == 0).ToList(), (writer, n) => TwoChatJson.VirtualNumber(n, _state.AccountUuid).WriteTo(writer));

        private EmulatorResponse Paged<T>(EmulatorRequest request, string itemsName, List<T> all, Action<Utf8JsonWriter, T> write)
        {
            if (!TryInt(request, "page_number", 0, out var page) || page < 0)
            {
                return Error(422, "page_number must be a non-negative integer");
            }

            if (!TryInt(request, "results_per_page", 200, out var size) || size < 1)
            {
                return Error(422, "results_per_page must be a positive integer");
            }

            size = Math.Min(size, _options.MaxResultsPerPage);
            var items = all.Skip((int)Math.Min(int.MaxValue, (long)page * size)).Take(size);
            return EmulatorResponse.Json(200, writer => TwoChatJson.Page(writer, itemsName, all.Count, page, items, write));
        }

        private EmulatorResponse ReleaseNumber(string uuid)
        {
            // This one endpoint's error body has no "success" field, as documented.
            if (!uuid.StartsWith("DID", StringComparison.Ordinal))
            {
                return EmulatorResponse.Json(422, TwoChatJson.Error("Invalid virtual number uuid, it must start with DID", withSuccess: false));
            }

            var owned = _state.Owned.FirstOrDefault(o => o.Uuid == uuid);
            if (owned == null)
            {
                return EmulatorResponse.Json(404, TwoChatJson.Error("Virtual number not found", withSuccess: false));
            }

            if (owned.StatusText == "PENDING_CANCELLATION" || owned.StatusText == "RELEASED")
            {
                return EmulatorResponse.Json(422, TwoChatJson.Error("This virtual number is already being released", withSuccess: false));
            }

            owned.StatusText = "PENDING_CANCELLATION";
            owned.UpdatedAt = TwoChatState.Second(Clock.UtcNow);
            return EmulatorResponse.Json(200, new JsonObject { ["success"] = true });
        }

        private EmulatorResponse Regions(EmulatorRequest request)
        {
            var country = request.QueryValue("country");
            var refused = CheckCountry(country);
            if (refused != null) return refused;
            var regions = TwoChatCatalog.Regions.Where(r => r.Country == country)
                .Select(r => (JsonNode)new JsonObject { ["id"] = r.Id, ["region_name"] = r.Name, ["iso_country_code"] = r.Country });
            return EmulatorResponse.Json(200, TwoChatJson.Wrapped("regions", new JsonArray(regions.ToArray())));
        }

        private EmulatorResponse Cities(EmulatorRequest request)
        {
            var country = request.QueryValue("country");
            var refused = CheckCountry(country);
            if (refused != null) return refused;
            int? region = null;
            if (request.QueryValue("region") != null)
            {
                if (!TryInt(request, "region", 0, out var parsed)) return Error(422, "region must be a region id");
                region = parsed;
            }

            var cities = TwoChatCatalog.Cities.Where(c => c.Country == country && (!region.HasValue || c.RegionId == region))
                .Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["city_name"] = c.Name, ["iso_country_code"] = c.Country });
            return EmulatorResponse.Json(200, TwoChatJson.Wrapped("cities", new JsonArray(cities.ToArray())));
        }

        private static EmulatorResponse DidTypes()
        {
            var types = TwoChatCatalog.DidTypes.Select(t => (JsonNode)new JsonObject { ["id"] = t.Id, ["name"] = t.Name });
            return EmulatorResponse.Json(200, TwoChatJson.Wrapped("did_types", new JsonArray(types.ToArray())));
        }

        private EmulatorResponse Requirements(EmulatorRequest request)
        {
            var country = request.QueryValue("country");
            var refused = CheckCountry(country);
            if (refused != null) return refused;
            if (!TryInt(request, "did_type", -1, out var typeId) || typeId < 0)
            {
                return Error(422, "did_type is required and must be a DID type id");
            }

            var type = TwoChatCatalog.DidTypes.FirstOrDefault(t => t.Id == typeId);
            if (type.Name == null)
            {
                return Error(422, $"Unknown did_type {typeId}");
            }

            return EmulatorResponse.Json(200, TwoChatJson.Wrapped("requirements", TwoChatJson.Requirements(country!, type.Name)));
        }

        private EmulatorResponse Groups(EmulatorRequest request)
        {
            var country = request.QueryValue("country");
            var refused = CheckCountry(country);
            if (refused != null) return refused;
            int? regionId = null, cityId = null;
            if (request.QueryValue("region_id") != null)
            {
                if (!TryInt(request, "region_id", 0, out var parsed)) return Error(422, "region_id must be a region id");
                regionId = parsed;
            }

            if (request.QueryValue("city_id") != null)
            {
                if (!TryInt(request, "city_id", 0, out var parsed)) return Error(422, "city_id must be a city id");
                cityId = parsed;
            }

            if (country == "US" && !regionId.HasValue && !cityId.HasValue)
            {
                return Error(422, "region_id is required for US");
            }

            var didType = request.QueryValue("did_type") ?? "all";
            if (didType != "all" && TwoChatCatalog.DidTypes.All(t => t.Name != didType))
            {
                return Error(422, $"Unknown did_type '{didType}'");
            }

            var cityText = request.QueryValue("city_name_or_prefix");
            var city = cityId.HasValue ? TwoChatCatalog.Cities.FirstOrDefault(c => c.Id == cityId) : null;
            var groups = _state.Groups.Where(g => g.Country == country
                && (didType == "all" || g.Type == didType)
                && (!regionId.HasValue || g.RegionId == null || g.RegionId == regionId)
                && (!cityId.HasValue || g.CityId == cityId || (g.CityId == null && (g.RegionId == null || g.RegionId == city?.RegionId)))
                && (string.IsNullOrEmpty(cityText) || MatchesCityText(g, cityText!)));
            return EmulatorResponse.Json(200, TwoChatJson.Wrapped("groups", new JsonArray(groups.Select(g => (JsonNode)TwoChatJson.Group(g)).ToArray())));
        }

        private static bool MatchesCityText(CatalogGroup group, string text)
        {
            var digits = new string(text.Where(char.IsDigit).ToArray());
            return group.Location.StartsWith(text, StringComparison.OrdinalIgnoreCase)
                || (digits.Length > 0 && (group.CountryCallingCode + group.LocalDigits).StartsWith(digits, StringComparison.Ordinal))
                || (digits.Length > 0 && group.LocalDigits.StartsWith(digits, StringComparison.Ordinal));
        }

        private EmulatorResponse Available(EmulatorRequest request)
        {
            var groupId = request.QueryValue("group_id");
            if (string.IsNullOrEmpty(groupId)) return Error(422, "group_id is required");
            var group = _state.Groups.FirstOrDefault(g => g.Id == groupId);
            if (group == null) return Error(404, "Group not found");
            if (!group.AllowNumberSelection) return Error(406, "Number selection is not supported for this group");
            var contains = request.QueryValue("number_contains") ?? "";
            var now = Clock.UtcNow;
            var numbers = group.Pool
                .Where(n => !_state.IsTaken(n, now) && n.Substring(1).Contains(contains))
                .Select(n => (JsonNode)new JsonObject { ["id"] = "did-" + n.Substring(1), ["number"] = n });
            return EmulatorResponse.Json(200, TwoChatJson.Wrapped("numbers", new JsonArray(numbers.ToArray())));
        }

        private EmulatorResponse Reserve(EmulatorRequest request)
        {
            var body = request.JsonBody();
            var groupId = StringField(body, "group_id");
            if (string.IsNullOrEmpty(groupId)) return Error(422, "group_id is required");
            var group = _state.Groups.FirstOrDefault(g => g.Id == groupId);
            if (group == null) return Error(404, "Group not found");
            var now = Clock.UtcNow;
            var number = StringField(body, "number");
            if (number != null)
            {
                if (!E164.IsMatch(number)) return Error(422, $"The number {number} is not in E.164 format");
                if (!group.AllowNumberSelection) return Error(406, "Number selection is not supported for this group");
                if (!group.Pool.Contains(number) || _state.IsTaken(number, now)) return Error(422, $"The number {number} is not available");
            }
            else
            {
                number = group.Pool.FirstOrDefault(n => !_state.IsTaken(n, now));
                if (number == null) return Error(422, "No numbers are available in this group");
            }

            var reservation = new Reservation
            {
                Uuid = _state.NewGuid().ToString("D"),
                Number = number,
                Group = group,
                CreatedAt = TwoChatState.Second(now),
                ExpiresAt = TwoChatState.Second(now + _options.ReservationLifetime),
            };
            _state.Reservations.Add(reservation);
            return EmulatorResponse.Json(201, TwoChatJson.Wrapped("reservation_details", TwoChatJson.ReservationDetails(reservation)));
        }

        private EmulatorResponse ListReservations()
        {
            var now = Clock.UtcNow;
            var active = _state.Reservations.Where(r => r.IsActiveAt(now)).Select(r => (JsonNode)TwoChatJson.ReservationListed(r));
            return EmulatorResponse.Json(200, TwoChatJson.Wrapped("reservations", new JsonArray(active.ToArray())));
        }

        private EmulatorResponse CancelReservation(string uuid)
        {
            var reservation = _state.Reservations.FirstOrDefault(r => r.Uuid == uuid && r.IsActiveAt(Clock.UtcNow));
            if (reservation == null) return Error(404, "Reservation not found");
            reservation.Settled = true;
            return EmulatorResponse.Json(200, new JsonObject { ["success"] = true, ["message"] = $"Reservation {uuid} cancelled successfully" });
        }

        /// <summary>
        /// Both documented purchase forms. The docs: {group_id, number?} → 201 {success, message}. The vendor's examples:
        /// {number} (its reservation, or bought on the spot) or no body (every active reservation) → 201 {success, purchased, failed}.
        /// </summary>
        private EmulatorResponse Purchase(EmulatorRequest request)
        {
            var now = Clock.UtcNow;
            if (!request.HasBody)
            {
                var active = _state.Reservations.Where(r => r.IsActiveAt(now)).ToList();
                var bought = active.Select(r => Settle(r, now)).ToList();
                return VendorAnswer(bought, new List<JsonNode>());
            }

            var body = request.JsonBody();
            var number = StringField(body, "number");
            if (number != null && !E164.IsMatch(number)) return Error(422, $"The number {number} is not in E.164 format");
            var groupId = StringField(body, "group_id");
            if (groupId == null)
            {
                if (number == null) return Error(422, "number is required");
                var bought = new List<OwnedNumber>();
                var failed = new List<JsonNode>();
                var reservation = ActiveReservationOf(number, now);
                var group = reservation?.Group ?? _state.Groups.FirstOrDefault(g => g.AllowNumberSelection && g.Pool.Contains(number));
                if (reservation != null) bought.Add(Settle(reservation, now));
                else if (group != null && !_state.IsTaken(number, now)) bought.Add(_state.Buy(number, group, now));
                else failed.Add(new JsonObject { ["number"] = number, ["error_message"] = $"The number {number} is not available" });
                return VendorAnswer(bought, failed);
            }

            var chosen = _state.Groups.FirstOrDefault(g => g.Id == groupId);
            if (chosen == null) return Error(404, "Group not found");
            if (number == null)
            {
                number = chosen.Pool.FirstOrDefault(n => !_state.IsTaken(n, now));
                if (number == null) return Error(422, "No numbers are available in this group");
            }

            var own = ActiveReservationOf(number, now);
            if (own != null && own.Group == chosen)
            {
                Settle(own, now);
            }
            else if (!chosen.Pool.Contains(number) || _state.IsTaken(number, now))
            {
                return Error(422, $"The number {number} is not available");
            }
            else if (!chosen.AllowNumberSelection && StringField(body, "number") != null)
            {
                return Error(406, "Number selection is not supported for this group");
            }
            else
            {
                _state.Buy(number, chosen, now);
            }

            return EmulatorResponse.Json(_state.ActivatesLater ? 202 : 201, new JsonObject { ["success"] = true, ["message"] = $"Number {number} purchased successfully" });
        }

        private Reservation? ActiveReservationOf(string number, DateTimeOffset now) =>
            _state.Reservations.FirstOrDefault(r => r.Number == number && r.IsActiveAt(now));

        private OwnedNumber Settle(Reservation reservation, DateTimeOffset now)
        {
            reservation.Settled = true;
            return _state.Buy(reservation.Number, reservation.Group, now);
        }

        private EmulatorResponse VendorAnswer(List<OwnedNumber> bought, List<JsonNode> failed) =>
            EmulatorResponse.Json(201, new JsonObject
            {
                ["success"] = true,
                ["purchased"] = new JsonArray(bought.Select(o => (JsonNode)TwoChatJson.VirtualNumber(o, _state.AccountUuid)).ToArray()),
                ["failed"] = new JsonArray(failed.ToArray()),
            });

        private EmulatorResponse? CheckCountry(string? country)
        {
            if (string.IsNullOrEmpty(country)) return Error(422, "country is required");
            if (!Country.IsMatch(country)) return Error(422, $"Invalid country code '{country}'");
            return null;
        }

        private static string? StringField(JsonObject body, string name) =>
            body.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

        private static bool TryInt(EmulatorRequest request, string name, int fallback, out int value)
        {
            var text = request.QueryValue(name);
            if (text == null)
            {
                value = fallback;
                return true;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
    }
}

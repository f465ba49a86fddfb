using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Sandbox.Plivo
{
    /// <summary>
    /// Plivo's phone-number endpoints as ../shared/providers/plivo-numbers.md describes them: search the inventory
    /// (…/PhoneNumber/), buy (201, a "pending" item for a restricted number), list and get the account's numbers
    /// (…/Number/), change alias, subaccount and application (202), and unrent (204). The emulator's gate guards every call.
    /// </summary>
    internal sealed class PlivoNumberDesk
    {
        private const int MaxLimit = 20;
        private static readonly string[] SearchTypes = { "any", "fixed", "mobile", "tollfree", "local", "national" };
        private static readonly string[] ListTypes = { "local", "mobile", "fixed", "national", "tollfree" };
        private static readonly string[] Services = { "voice", "sms", "mms" };

        private readonly PlivoEmulatorOptions _options;
        private readonly PlivoNumberState _state;
        private readonly Func<DateTimeOffset> _now;
        private readonly Func<int, string, EmulatorResponse> _error;
        private readonly Func<EmulatorRequest, string> _caller;

        public PlivoNumberDesk(PlivoEmulatorOptions options, Func<DateTimeOffset> now, Func<int, string, EmulatorResponse> error, Func<EmulatorRequest, string> caller)
        {
            _options = options;
            _now = now;
            _error = error;
            _caller = caller;
            _state = new PlivoNumberState(options, now());
        }

        public PlivoNumberState State => _state;

        public void Register(Router routes)
        {
            const string Account = "/v1/Account/{auth_id}";
            routes.Add("GET", Account + "/PhoneNumber", (r, v) => Search(r, v["auth_id"]));
            routes.Add("POST", Account + "/PhoneNumber/{number}", (r, v) => Buy(r, v["auth_id"], v["number"]));
            routes.Add("GET", Account + "/Number", (r, v) => List(r, v["auth_id"]));
            routes.Add("GET", Account + "/Number/{number}", (r, v) => GetOne(r, v["auth_id"], v["number"]));
            routes.Add("POST", Account + "/Number/{number}", (r, v) => Update(r, v["auth_id"], v["number"]));
            routes.Add("DELETE", Account + "/Number/{number}", (r, v) => Unrent(r, v["number"]));
        }

        private bool IsMain(string authId) => authId == _options.AuthId;

        private bool IsSubaccount(string id) => _options.SubaccountAuthIds.Contains(id) || id == PlivoNumberState.ExampleSubaccount;

        private EmulatorResponse Search(EmulatorRequest request, string authId)
        {
            var country = request.QueryValue("country_iso");
            if (string.IsNullOrEmpty(country))
            {
                return _error(400, "country_iso is required");
            }

            if (country!.Length != 2 || !country.All(char.IsLetter))
            {
                return _error(400, $"country_iso '{country}' must be an ISO 3166 alpha-2 code");
            }

            var type = (request.QueryValue("type") ?? "any").ToLowerInvariant();
            if (!SearchTypes.Contains(type))
            {
                return _error(400, $"type '{type}' is invalid; use one of {string.Join(", ", SearchTypes)}");
            }

            var pattern = request.QueryValue("pattern");
            if (!string.IsNullOrEmpty(pattern) && !pattern!.All(char.IsDigit))
            {
                return _error(400, "pattern must be digits");
            }

            if (!TryServices(request, out var services, out var refused) || !TryPage(request, out var limit, out var offset, out refused))
            {
                return refused!;
            }

            var region = request.QueryValue("region");
            var city = request.QueryValue("city");
            var matching = _state.ForSale.Where(n =>
                    string.Equals(n.CountryIso, country, StringComparison.OrdinalIgnoreCase)
                    && (type == "any" || n.Type == type || n.SubType == type)
                    && (string.IsNullOrEmpty(pattern) || n.Number.StartsWith(n.CallingCode + pattern, StringComparison.Ordinal))
                    && (string.IsNullOrEmpty(region) || string.Equals(n.Region, region, StringComparison.OrdinalIgnoreCase))
                    && (string.IsNullOrEmpty(city) || string.Equals(n.City, city, StringComparison.OrdinalIgnoreCase))
                    && services.All(n.Offers))
                .ToList();
            var body = Page(matching.Skip(offset).Take(limit).Select(n => (JsonNode)PlivoNumberJson.ForSale(n, authId)), matching.Count, limit, offset, $"/v1/Account/{authId}/PhoneNumber/", request);
            if (matching.Count == 0)
            {
                // Plivo's way of saying "nothing": 200, no objects, and the reason in `error`.
                body["error"] = $"No phone numbers found for country_iso {country.ToUpperInvariant()}" + (string.IsNullOrEmpty(pattern) ? "" : $" and pattern {pattern}") + ".";
            }

            return EmulatorResponse.Json(200, body);
        }

        private EmulatorResponse Buy(EmulatorRequest request, string authId, string path)
        {
            var body = request.JsonBody();
            foreach (var name in new[] { "app_id", "cnam_lookup", "compliance_application_id" })
            {
                if (body.TryGetPropertyValue(name, out var node) && node != null && !(node is JsonValue v && v.TryGetValue<string>(out _)))
                {
                    return _error(400, $"{name} must be a string");
                }
            }

            // The docs call it ha_enable; the .NET SDK sends ha_enabled. Either is taken.
            foreach (var name in new[] { "ha_enable", "ha_enabled" })
            {
                if (body.TryGetPropertyValue(name, out var node) && node != null && !(node is JsonValue v && v.TryGetValue<bool>(out _)))
                {
                    return _error(400, $"{name} must be a boolean");
                }
            }

            if (body.TryGetPropertyValue("cnam_lookup", out var cnam) && cnam != null && (string)cnam! != "enabled" && (string)cnam! != "disabled")
            {
                return _error(400, "cnam_lookup must be enabled or disabled");
            }

            var digits = PlivoNumberState.Digits(path);
            var offer = _state.OnSale(digits);
            if (offer == null)
            {
                return _error(404, "not found");
            }

            var today = new DateTimeOffset(_now().UtcDateTime.Date, TimeSpan.Zero);
            var appId = body.TryGetPropertyValue("app_id", out var app) && app != null ? (string)app! : null;
            var pending = offer.Restriction != null;
            _state.ForSale.Remove(offer);
            _state.Rented.Add(new PlivoRented
            {
                Number = offer.Number,
                SubAccount = IsMain(authId) ? null : authId,
                AddedOn = today,
                RenewalDate = PlivoNumberState.NextMonth(today),
                AppId = appId,
                Region = offer.City == null ? offer.Country : $"{offer.City}, {offer.Country}",
                City = offer.City ?? offer.CountryIso,
                Country = offer.Country,
                NumberType = offer.SubType == "local" || offer.SubType == "national" ? offer.SubType : offer.Type,
                MonthlyRate = offer.MonthlyRate,
                Voice = offer.Voice,
                Sms = offer.Sms,
                Mms = offer.Mms,
                // A restricted number is on the account at once but waits for its documents before it is activated.
                Active = !pending,
                CnamLookup = cnam == null ? "disabled" : (string)cnam!,
            });
            Purchases++;
            return EmulatorResponse.Json(201, new JsonObject
            {
                ["api_id"] = PlivoJson.NewApiId(),
                ["message"] = "created",
                ["numbers"] = new JsonArray(new JsonObject { ["number"] = offer.Number, ["status"] = pending ? "pending" : "Success" }),
                ["status"] = "fulfilled",
            });
        }

        /// <summary>Successful purchases since the emulator started.</summary>
        public int Purchases { get; private set; }

        /// <summary>Successful releases since the emulator started.</summary>
        public int Releases { get; private set; }

        private EmulatorResponse List(EmulatorRequest request, string authId)
        {
            // Go and Java send the legacy name number_type; both are read.
            var type = request.QueryValue("type") ?? request.QueryValue("number_type");
            if (!string.IsNullOrEmpty(type) && !ListTypes.Contains(type!.ToLowerInvariant()))
            {
                return _error(400, $"type '{type}' is invalid; use one of {string.Join(", ", ListTypes)}");
            }

            if (!TryServices(request, out var services, out var refused) || !TryPage(request, out var limit, out var offset, out refused))
            {
                return refused!;
            }

            var startsWith = request.QueryValue("number_startswith");
            var subaccount = request.QueryValue("subaccount");
            var alias = request.QueryValue("alias");
            var matching = _state.Ordered().Where(n =>
                    Sees(authId, n)
                    && (string.IsNullOrEmpty(type) || string.Equals(n.NumberType, type, StringComparison.OrdinalIgnoreCase))
                    && (string.IsNullOrEmpty(startsWith) || n.Number.StartsWith(startsWith!.TrimStart('+'), StringComparison.Ordinal))
                    && (string.IsNullOrEmpty(subaccount) || n.SubAccount == subaccount)
                    && (string.IsNullOrEmpty(alias) || n.Alias == alias)
                    && services.All(s => s == "voice" ? n.Voice : s == "sms" ? n.Sms : n.Mms))
                .ToList();
            var body = Page(matching.Skip(offset).Take(limit).Select(n => (JsonNode)PlivoNumberJson.Rented(n, authId, NameOf(n.SubAccount), apiId: false)), matching.Count, limit, offset, $"/v1/Account/{authId}/Number/", request);
            return EmulatorResponse.Json(200, body);
        }

        private EmulatorResponse GetOne(EmulatorRequest request, string authId, string path)
        {
            var number = Visible(request, path);
            return number == null ? _error(404, "not found") : EmulatorResponse.Json(200, PlivoNumberJson.Rented(number, authId, NameOf(number.SubAccount), apiId: true));
        }

        private EmulatorResponse Update(EmulatorRequest request, string authId, string path)
        {
            var body = request.JsonBody();
            var values = new Dictionary<string, string?>();
            foreach (var name in new[] { "alias", "subaccount", "app_id", "cnam_lookup", "cnam", "compliance_application_id" })
            {
                if (!body.TryGetPropertyValue(name, out var node)) continue;
                if (node != null && !(node is JsonValue v && v.TryGetValue<string>(out _)))
                {
                    return _error(400, $"{name} must be a string");
                }

                values[name] = node == null ? null : (string)node!;
            }

            var number = Visible(request, path);
            if (number == null)
            {
                return _error(404, "not found");
            }

            if (values.TryGetValue("subaccount", out var subaccount) && !string.IsNullOrEmpty(subaccount))
            {
                if (!IsMain(authId))
                {
                    return _error(403, "Only the main account can assign a number to a subaccount");
                }

                if (!IsSubaccount(subaccount!))
                {
                    return _error(400, $"subaccount '{subaccount}' is not a subaccount of this account");
                }
            }

            if (values.TryGetValue("cnam_lookup", out var cnam) && cnam != null && cnam != "enabled" && cnam != "disabled")
            {
                return _error(400, "cnam_lookup must be enabled or disabled");
            }

            if (values.TryGetValue("alias", out var alias)) number.Alias = alias;
            if (values.ContainsKey("subaccount")) number.SubAccount = string.IsNullOrEmpty(subaccount) ? null : subaccount;
            // The .NET SDK sends JSON null for app_id when told "null": the number is detached.
            if (values.TryGetValue("app_id", out var app)) number.AppId = string.IsNullOrEmpty(app) || app == "null" ? null : app;
            if (cnam != null) number.CnamLookup = cnam;
            return EmulatorResponse.Json(202, new JsonObject { ["message"] = "changed", ["api_id"] = PlivoJson.NewApiId() });
        }

        private EmulatorResponse Unrent(EmulatorRequest request, string path)
        {
            var number = Visible(request, path);
            if (number == null)
            {
                return _error(404, "not found");
            }

            _state.Rented.Remove(number);
            Releases++;
            return EmulatorResponse.Empty(204);
        }

        /// <summary>A subaccount sees only its own numbers; the main account sees them all.</summary>
        private bool Sees(string authId, PlivoRented number) => IsMain(authId) || number.SubAccount == authId;

        private PlivoRented? Visible(EmulatorRequest request, string path)
        {
            var number = _state.Rent(PlivoNumberState.Digits(path));
            return number != null && Sees(_caller(request), number) ? number : null;
        }

        private string? NameOf(string? subaccount) => subaccount == null ? null : "Sandbox subaccount " + subaccount.Substring(subaccount.Length - 2);

        private bool TryServices(EmulatorRequest request, out IReadOnlyList<string> services, out EmulatorResponse? refused)
        {
            refused = null;
            var text = request.QueryValue("services");
            services = string.IsNullOrEmpty(text)
                ? Array.Empty<string>()
                : text!.Split(',').Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).ToList();
            var unknown = services.FirstOrDefault(s => !Services.Contains(s));
            if (unknown != null)
            {
                refused = _error(400, $"services '{unknown}' is invalid; use voice, sms, mms or a comma list of them");
            }

            return refused == null;
        }

        private bool TryPage(EmulatorRequest request, out int limit, out int offset, out EmulatorResponse? refused)
        {
            refused = null;
            offset = 0;
            if (!PlivoEmulator.TryInt(request, "limit", MaxLimit, out limit) || limit < 1 || limit > MaxLimit)
            {
                refused = _error(400, $"limit must be an integer between 1 and {MaxLimit}");
            }
            else if (!PlivoEmulator.TryInt(request, "offset", 0, out offset) || offset < 0)
            {
                refused = _error(400, "offset must be a non-negative integer");
            }

            return refused == null;
        }

        /// <summary>{api_id, meta:{limit, next, offset, previous, total_count}, objects}, next/previous keeping the other filters.</summary>
        private static JsonObject Page(IEnumerable<JsonNode> items, int total, int limit, int offset, string path, EmulatorRequest request)
        {
            string Link(int at)
            {
                var query = new StringBuilder($"limit={limit}&offset={at}");
                foreach (var pair in request.Query.Where(p => p.Key != "limit" && p.Key != "offset").OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    query.Append('&').Append(pair.Key).Append('=').Append(Uri.EscapeDataString(pair.Value));
                }

                return path + "?" + query;
            }

            return new JsonObject
            {
                ["api_id"] = PlivoJson.NewApiId(),
                ["meta"] = new JsonObject
                {
                    ["limit"] = limit,
                    ["next"] = offset + limit < total ? Link(offset + limit) : null,
                    ["offset"] = offset,
                    ["previous"] = offset > 0 ? Link(Math.Max(0, Math.Min(offset, total) - limit)) : null,
                    ["total_count"] = total,
                },
                ["objects"] = new JsonArray(items.ToArray()),
            };
        }
    }
}

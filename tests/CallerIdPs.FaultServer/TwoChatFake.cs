using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace CallerIdPs.FaultServer
{
    /// <summary>2Chat (twochat.md): /info, caller IDs, virtual numbers and the purchase flow for a GB and a DE group.</summary>
    internal sealed class TwoChatFake : IFakeApi
    {
        public const string Provider = "TwoChat";
        private const string Account = "ACC91be87af-5a29-4034-b599-342f2aeb5d52";

        private static readonly object[] DidTypes =
        {
            new { id = 1, name = "global" }, new { id = 2, name = "local" }, new { id = 3, name = "mobile" },
            new { id = 4, name = "national" }, new { id = 5, name = "sharedcost" }, new { id = 6, name = "tollfree" },
        };

        private readonly FaultScenario _scenario;
        private readonly Ledger _ledger;
        private readonly List<Reservation> _reservations = new List<Reservation>();

        public TwoChatFake(FaultScenario scenario, Ledger ledger)
        {
            _scenario = scenario;
            _ledger = ledger;
        }

        /// <summary>The GB mobile group: numbers may be chosen, no documents needed.</summary>
        public static readonly Group Gb = new Group("grp-gb-mobile", "GB", "mobile", "+44 7700", "United Kingdom", "1.00", "3.50",
            Array.Empty<string>(), Enumerable.Range(101, 5).Select(i => "+447700900" + i).ToArray());

        /// <summary>The DE local group: numbers may be chosen, but Germany requires a proof of address.</summary>
        public static readonly Group De = new Group("grp-de-local", "DE", "local", "+49 30", "Berlin", "2.00", "4.00",
            new[] { "Proof of address in Germany required" }, Enumerable.Range(101, 3).Select(i => "+4930901820" + i).ToArray());

        private static readonly Group[] Groups = { Gb, De };

        public bool Owns(RawRequest request) => request.Path == "/info" || request.Path.StartsWith("/open/", StringComparison.Ordinal);

        public Reply Handle(RawRequest request)
        {
            if (request.Header("X-User-API-Key") != _scenario.TwoChat.ApiKey)
            {
                return Refuse(401, "Invalid API key");
            }

            switch (request.Key)
            {
                case "GET /info": return Info();
                case "GET /open/voip/caller-ids": return CallerIds(request);
                case "GET /open/voip/virtual-numbers": return VirtualNumbers(request);
                case "GET /open/numbers/regions": return Data(new { regions = Array.Empty<object>() });
                case "GET /open/numbers/cities": return Data(new { cities = Array.Empty<object>() });
                case "GET /open/numbers/did-types": return Data(new { did_types = DidTypes });
                case "GET /open/numbers/requirements": return Requirements(request);
                case "GET /open/numbers/groups": return FindGroups(request);
                case "GET /open/numbers/available": return Available(request);
                case "POST /open/numbers/reservations": return Reserve(request);
                case "GET /open/numbers/reservations": return ListReservations();
                case "POST /open/numbers/purchase": return Purchase(request);
            }

            if (request.Method == "DELETE" && request.Path.StartsWith("/open/numbers/reservations/", StringComparison.Ordinal))
            {
                var id = request.Path.Substring("/open/numbers/reservations/".Length);
                lock (_reservations)
                {
                    if (_reservations.RemoveAll(r => r.Uuid == id) == 0) return Refuse(404, "Reservation not found");
                }

                return Reply.Json(200, new { success = true, message = $"Reservation {id} cancelled successfully" });
            }

            return Refuse(404, "Not found: " + request.Path);
        }

        public static Reply Refuse(int status, string message) =>
            Reply.Json(status, new { success = false, error = true, error_message = message });

        private static Reply Data(object data) => Reply.Json(200, new { success = true, data });

        private Reply Info() => Reply.Text(200,
            "{\"success\":true,\"account\":{\"name\":\"Fault Server (" + Account + ")\",\"uuid\":\"" + Account + "\",\"on_trial\":false," +
            "\"blocked\":false,\"created_at\":\"2022-04-21T21:55:37Z\",\"expires_at\":\"2030-08-31T19:11:08Z\"}," +
            "\"limits\":{\"requests_per_minute\":" + _scenario.TwoChat.RequestsPerMinuteJson + "}," +
            "\"usage\":{\"api_request_count\":1,\"max_api_request_count\":500000,\"number_check_count\":0,\"max_number_check_count\":500000}}");

        private Reply CallerIds(RawRequest request)
        {
            var all = Enumerable.Range(0, _scenario.TwoChat.CallerIdCount).Select(CallerId).ToList();
            var page = request.QueryInt("page_number", 0);
            var items = Listing.Page(all, page, request.QueryInt("results_per_page", 200), _scenario.TwoChat.CallerIdPages);
            return Reply.Json(200, new { success = true, count = all.Count, page, caller_ids = items });
        }

        public static string CallerIdNumber(int index) => "+61255501" + (100 + index).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

        private static object CallerId(int index) => new
        {
            uuid = "VCI00000000-0000-4000-8000-" + index.ToString("D12", System.Globalization.CultureInfo.InvariantCulture),
            account_uuid = Account,
            channel_uuid = "DID00000000-0000-4000-8000-" + index.ToString("D12", System.Globalization.CultureInfo.InvariantCulture),
            phone_number = CallerIdNumber(index),
            friendly_name = CallerIdNumber(index),
            iso_country_code = "AU",
            type = "VN",
            verified = true,
            created_at = "2025-08-22T02:24:40Z",
            updated_at = "2025-09-23T23:41:11Z",
            expires_at = "2026-08-21T13:33:36Z",
        };

        private Reply VirtualNumbers(RawRequest request)
        {
            var all = new List<object>();
            foreach (var released in _scenario.TwoChat.ReleasedNumbers)
            {
                all.Add(Number("DID0e1d0000-0000-4000-8000-00000000" + (all.Count + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                    released, "RELEASED", 5, new DateTimeOffset(2023, 3, 1, 10, 0, 0, TimeSpan.Zero)));
            }

            foreach (var commit in Listing.Visible(_scenario, _ledger, Provider))
            {
                all.Add(Number("DID" + IdFor(commit.Id), commit.PhoneNumber,
                    _scenario.TwoChat.PurchaseIsAsync ? "PENDING_ACTIVATION" : "ACTIVE", _scenario.TwoChat.PurchaseIsAsync ? 3 : 1, commit.CommittedAt));
            }

            var page = request.QueryInt("page_number", 0);
            var items = Listing.Page(all, page, request.QueryInt("results_per_page", 200), PageShape.Normal);
            return Reply.Json(200, new { success = true, count = all.Count, page, numbers = items });
        }

        private static string IdFor(long id) => "00000000-0000-4000-9000-" + id.ToString("D12", System.Globalization.CultureInfo.InvariantCulture);

        private object Number(string uuid, string e164, string status, int statusCode, DateTimeOffset created)
        {
            var group = Groups.FirstOrDefault(g => g.Numbers.Contains(e164)) ?? Gb;
            return new
            {
                uuid,
                account_uuid = Account,
                phone_number = Listing.Number(_scenario, e164),
                formatted_phone_number = e164,
                iso_country_code = group.Country,
                region_name = group.Location,
                emoji = (string?)null,
                friendly_name = e164,
                record_inbound = false,
                is_toll_free = false,
                provider_type = group.Type == "mobile" ? "mobile" : "local",
                priced_per_minute = false,
                incoming_price_per_minute = 0.0,
                ivr_uuid = (string?)null,
                timezone = "Europe/London",
                status = statusCode,
                status_text = status,
                created_at = Listing.Stamp(created),
                updated_at = Listing.Stamp(created),
                expires_at = Listing.Stamp(created.AddYears(1)),
            };
        }

        private static Reply Requirements(RawRequest request)
        {
            var group = Groups.FirstOrDefault(g => g.Country == request.QueryValue("country"));
            var list = group?.Requirements.Select(r => (object)new { description = r, did_type = group.Type }).ToArray() ?? Array.Empty<object>();
            return Data(new { requirements = list });
        }

        private static Reply FindGroups(RawRequest request)
        {
            var country = request.QueryValue("country");
            var type = request.QueryValue("did_type");
            var found = Groups.Where(g => g.Country == country && (type == null || type == "all" || type == g.Type)).Select(g => g.Wire()).ToArray();
            return Data(new { groups = found });
        }

        private Reply Available(RawRequest request)
        {
            var group = Groups.FirstOrDefault(g => g.Id == request.QueryValue("group_id"));
            if (group == null) return Refuse(404, "Group not found");
            var sold = _ledger.Of(Provider).Select(c => c.PhoneNumber).ToHashSet();
            var numbers = group.Numbers.Where(n => !sold.Contains(n)).Select(n => (object)new { id = "did-" + n.TrimStart('+'), number = n }).ToArray();
            return Data(new { numbers });
        }

        private Reply Reserve(RawRequest request)
        {
            var body = Body(request);
            var group = Groups.FirstOrDefault(g => g.Id == body.GetValueOrDefault("group_id"));
            if (group == null) return Refuse(404, "Group not found");
            var sold = _ledger.Of(Provider).Select(c => c.PhoneNumber).ToHashSet();
            var number = body.GetValueOrDefault("number") ?? group.Numbers.FirstOrDefault(n => !sold.Contains(n));
            if (number == null || sold.Contains(number) || !group.Numbers.Contains(number)) return Refuse(422, "Number not available");
            var reservation = new Reservation("res-" + Guid.NewGuid().ToString("N"), number, group, DateTimeOffset.UtcNow);
            lock (_reservations) _reservations.Add(reservation);
            return Reply.Json(201, new
            {
                success = true,
                data = new { reservation_details = new { uuid = reservation.Uuid, number, created_at = Listing.Stamp(reservation.At), expires_at = Listing.Stamp(reservation.At.AddMinutes(30)) } },
            });
        }

        private Reply ListReservations()
        {
            List<Reservation> active;
            lock (_reservations) active = _reservations.ToList();
            return Data(new
            {
                reservations = active.Select(r => (object)new
                {
                    uuid = r.Uuid,
                    number = r.Number,
                    did_group_id = r.Group.Id,
                    did_type = r.Group.Type,
                    iso_country_code = r.Group.Country,
                    location = r.Group.Location,
                    setup_price = decimal.Parse(r.Group.SetupPrice, System.Globalization.CultureInfo.InvariantCulture),
                    monthly_price = decimal.Parse(r.Group.MonthlyPrice, System.Globalization.CultureInfo.InvariantCulture),
                    ppm = 0.02m,
                    reservation_date = Listing.Stamp(r.At),
                    reservation_end_date = Listing.Stamp(r.At.AddMinutes(30)),
                    needs_registration = r.Group.Requirements.Length > 0,
                    supports_sms_in = true,
                    supports_sms_out = false,
                }).ToArray(),
            });
        }

        private Reply Purchase(RawRequest request)
        {
            var number = Body(request).GetValueOrDefault("number");
            if (string.IsNullOrEmpty(number)) return Refuse(400, "number is required");
            if (!Groups.Any(g => g.Numbers.Contains(number)) || _ledger.Of(Provider).Any(c => c.PhoneNumber == number))
            {
                return Refuse(422, "Number not available");
            }

            _ledger.Add(Provider, number);
            lock (_reservations) _reservations.RemoveAll(r => r.Number == number);
            return _scenario.TwoChat.PurchaseIsAsync
                ? Reply.Json(202, new { success = true, message = "Purchase accepted; the number is pending activation" })
                : Reply.Json(201, new { success = true, message = "Number purchased" });
        }

        private static Dictionary<string, string?> Body(RawRequest request)
        {
            var result = new Dictionary<string, string?>();
            if (request.Body.Length == 0) return result;
            using var document = JsonDocument.Parse(request.Body);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                result[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
            }

            return result;
        }

        internal sealed class Group
        {
            public Group(string id, string country, string type, string prefix, string location, string setupPrice, string monthlyPrice, string[] requirements, string[] numbers)
            {
                Id = id;
                Country = country;
                Type = type;
                Prefix = prefix;
                Location = location;
                SetupPrice = setupPrice;
                MonthlyPrice = monthlyPrice;
                Requirements = requirements;
                Numbers = numbers;
            }

            public string Id { get; }

            public string Country { get; }

            public string Type { get; }

            public string Prefix { get; }

            public string Location { get; }

            public string SetupPrice { get; }

            public string MonthlyPrice { get; }

            public string[] Requirements { get; }

            public string[] Numbers { get; }

            public object Wire() => new
            {
                id = Id,
                prefix = Prefix,
                location = Location,
                price = new { setup_price = SetupPrice, monthly_price = MonthlyPrice, ppm = "0.02" },
                type = Type,
                requirements = Requirements.Select(r => (object)new { description = r, did_type = Type }).ToArray(),
                allow_number_selection = true,
                is_eligible_for_free_number = false,
                features = new[] { "voice", "sms_in" },
            };
        }

        private sealed class Reservation
        {
            public Reservation(string uuid, string number, Group group, DateTimeOffset at)
            {
                Uuid = uuid;
                Number = number;
                Group = group;
                At = at;
            }

            public string Uuid { get; }

            public string Number { get; }

            public Group Group { get; }

            public DateTimeOffset At { get; }
        }
    }
}

using System;
using System.Linq;
using System.Text.Json;

namespace CallerIdPs.FaultServer
{
    /// <summary>IdentityCall (identitycall.md): the account's virtual numbers, available numbers, purchase.</summary>
    internal sealed class IdentityCallFake : IFakeApi
    {
        public const string Provider = "IdentityCall";
        private const string Base = "/api/v1/public";

        /// <summary>Numbers for sale (555-01xx: reserved for fiction).</summary>
        public static readonly string[] ForSale = Enumerable.Range(141, 3).Select(i => "+12025550" + i).ToArray();

        private readonly FaultScenario _scenario;
        private readonly Ledger _ledger;

        public IdentityCallFake(FaultScenario scenario, Ledger ledger)
        {
            _scenario = scenario;
            _ledger = ledger;
        }

        public bool Owns(RawRequest request) => request.Path.StartsWith(Base + "/", StringComparison.Ordinal);

        public Reply Handle(RawRequest request)
        {
            if (request.Header("Authorization") != "Bearer " + _scenario.IdentityCall.ApiKey)
            {
                return Reply.Json(401, new { error = "Invalid or expired API key" });
            }

            switch (request.Key)
            {
                case "GET " + Base + "/virtual_numbers":
                    return Reply.Json(200, new
                    {
                        data = new[] { Item(7, "+15551234567", "US Sales Line") }
                            .Concat(Listing.Visible(_scenario, _ledger, Provider).Select(c => Item(c.Id, Listing.Number(_scenario, c.PhoneNumber), null)))
                            .ToArray(),
                    });
                case "GET " + Base + "/virtual_numbers/available":
                    var sold = _ledger.Of(Provider).Select(c => c.PhoneNumber).ToHashSet();
                    return Reply.Json(200, new
                    {
                        data = ForSale.Where(n => !sold.Contains(n)).Select(n => (object)new
                        {
                            phone_number = n,
                            country_code = "US",
                            number_type = "local",
                            upfront_cost = "1.00",
                            monthly_cost = "2.00",
                            features = new[] { "sms", "voice" },
                            region_information = new[] { new { region_type = "rate_center", region_name = "WASHINGTON" } },
                        }).ToArray(),
                    });
                case "POST " + Base + "/virtual_numbers/purchase":
                case "POST " + Base + "/virtual_numbers":
                    return Purchase(request);
            }

            return Reply.Json(404, new { error = "Resource not found" });
        }

        private Reply Purchase(RawRequest request)
        {
            string? number = null;
            string? name = null;
            if (request.Body.Length > 0)
            {
                using var body = JsonDocument.Parse(request.Body);
                if (body.RootElement.TryGetProperty("phone_number", out var p) && p.ValueKind == JsonValueKind.String) number = p.GetString();
                if (body.RootElement.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) name = n.GetString();
            }

            if (string.IsNullOrEmpty(number)) return Reply.Json(422, new { errors = new[] { "phone_number is required" } });
            if (!ForSale.Contains(number) || _ledger.Of(Provider).Any(c => c.PhoneNumber == number))
            {
                return Reply.Json(422, new { error = "Phone number is not available" });
            }

            var commit = _ledger.Add(Provider, number);
            return Reply.Json(201, new { data = Item(commit.Id, number, name) });
        }

        private static object Item(long id, string number, string? name) => new
        {
            id,
            phone_number = number,
            name,
            country_code = "US",
            active = true,
            ai_receptionist_enabled = false,
            operators = Array.Empty<object>(),
            operators_count = 0,
        };
    }
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace CallerIdPs.Sandbox.Plivo
{
    /// <summary>Plivo's phone-number bodies, as plivo-numbers.md shows them: prices as 5-decimal strings, lata an integer.</summary>
    internal static class PlivoNumberJson
    {
        public static JsonObject ForSale(PlivoForSale n, string authId) => new JsonObject
        {
            ["number"] = n.Number,
            ["prefix"] = n.Prefix,
            ["city"] = n.City,
            ["country"] = n.Country,
            ["region"] = n.Region,
            ["rate_center"] = n.RateCenter,
            ["lata"] = n.Lata,
            ["type"] = n.Type,
            ["sub_type"] = n.SubType,
            ["setup_rate"] = n.SetupRate,
            ["monthly_rental_rate"] = n.MonthlyRate,
            ["sms_enabled"] = n.Sms,
            ["sms_rate"] = n.Sms ? "0.00800" : null,
            ["mms_enabled"] = n.Mms,
            ["mms_rate"] = n.Mms ? "0.02000" : null,
            ["voice_enabled"] = n.Voice,
            ["voice_rate"] = "0.00500",
            ["restriction"] = n.Restriction,
            ["restriction_text"] = n.RestrictionText,
            ["resource_uri"] = $"/v1/Account/{authId}/PhoneNumber/{n.Number}/",
        };

        /// <summary>An AccountPhoneNumber; <paramref name="apiId"/> for the get-one answer, which carries one.</summary>
        public static JsonObject Rented(PlivoRented n, string authId, string? subaccountName, bool apiId)
        {
            var item = new JsonObject
            {
                ["added_on"] = Day(n.AddedOn),
                ["active"] = n.Active,
                ["alias"] = n.Alias,
            };
            if (apiId) item["api_id"] = PlivoJson.NewApiId();
            item["application"] = n.AppId == null ? null : $"/v1/Account/{authId}/Application/{n.AppId}/";
            item["carrier"] = "Plivo";
            item["monthly_rental_rate"] = n.MonthlyRate;
            item["number"] = n.Number;
            item["number_type"] = n.NumberType;
            item["city"] = n.City;
            item["cnam_lookup"] = n.CnamLookup;
            item["compliance_application_id"] = null;
            item["compliance_status"] = n.ComplianceStatus;
            item["country"] = n.Country;
            item["mms_enabled"] = n.Mms;
            item["mms_rate"] = n.Mms ? "0.02000" : "0.00000";
            item["tendlc_campaign_id"] = null;
            item["tendlc_registration_status"] = "UNREGISTERED";
            item["toll_free_sms_verification"] = null;
            item["renewal_date"] = Day(n.RenewalDate);
            item["region"] = n.Region;
            item["resource_uri"] = $"/v1/Account/{authId}/Number/{n.Number}/";
            item["sms_enabled"] = n.Sms;
            item["sms_rate"] = "0.00000";
            item["sub_account"] = n.SubAccount;
            item["sub_account_name"] = subaccountName;
            item["voice_enabled"] = n.Voice;
            item["voice_rate"] = "0.00850";
            return item;
        }

        private static string Day(System.DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

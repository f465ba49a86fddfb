using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.Validation
{
    /// <summary>The countries an E.164 number may belong to, from its calling code: enough to look its group up by country.</summary>
    internal static class CallingCodes
    {
        private static readonly Dictionary<string, string[]> Countries = new Dictionary<string, string[]>
        {
            ["1"] = new[] { "US", "CA" }, ["7"] = new[] { "RU", "KZ" }, ["20"] = new[] { "EG" }, ["27"] = new[] { "ZA" },
            ["30"] = new[] { "GR" }, ["31"] = new[] { "NL" }, ["32"] = new[] { "BE" }, ["33"] = new[] { "FR" }, ["34"] = new[] { "ES" },
            ["36"] = new[] { "HU" }, ["39"] = new[] { "IT" }, ["40"] = new[] { "RO" }, ["41"] = new[] { "CH" }, ["43"] = new[] { "AT" },
            ["44"] = new[] { "GB" }, ["45"] = new[] { "DK" }, ["46"] = new[] { "SE" }, ["47"] = new[] { "NO" }, ["48"] = new[] { "PL" },
            ["49"] = new[] { "DE" }, ["51"] = new[] { "PE" }, ["52"] = new[] { "MX" }, ["54"] = new[] { "AR" }, ["55"] = new[] { "BR" },
            ["56"] = new[] { "CL" }, ["57"] = new[] { "CO" }, ["60"] = new[] { "MY" }, ["61"] = new[] { "AU" }, ["62"] = new[] { "ID" },
            ["63"] = new[] { "PH" }, ["64"] = new[] { "NZ" }, ["65"] = new[] { "SG" }, ["66"] = new[] { "TH" }, ["81"] = new[] { "JP" },
            ["82"] = new[] { "KR" }, ["90"] = new[] { "TR" }, ["91"] = new[] { "IN" }, ["351"] = new[] { "PT" }, ["352"] = new[] { "LU" },
            ["353"] = new[] { "IE" }, ["354"] = new[] { "IS" }, ["356"] = new[] { "MT" }, ["357"] = new[] { "CY" }, ["358"] = new[] { "FI" },
            ["359"] = new[] { "BG" }, ["370"] = new[] { "LT" }, ["371"] = new[] { "LV" }, ["372"] = new[] { "EE" }, ["385"] = new[] { "HR" },
            ["386"] = new[] { "SI" }, ["420"] = new[] { "CZ" }, ["421"] = new[] { "SK" }, ["852"] = new[] { "HK" }, ["972"] = new[] { "IL" },
            ["971"] = new[] { "AE" },
        };

        /// <summary>The candidate countries (ISO alpha-2) of an E.164 number; empty when its calling code is not known here.</summary>
        public static IReadOnlyList<string> CountriesOf(string e164)
        {
            var digits = new string((e164 ?? "").Where(c => c >= '0' && c <= '9').ToArray());
            for (var length = 3; length >= 1; length--)
            {
                if (digits.Length > length && Countries.TryGetValue(digits.Substring(0, length), out var countries))
                {
                    return countries;
                }
            }

            return new string[0];
        }
    }
}

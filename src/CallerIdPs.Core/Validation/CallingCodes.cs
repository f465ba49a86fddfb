using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.Validation
{
    /// <summary>
    /// Country calling codes: the ones ITU-T E.164 assigns (countries, shared and global services), so a number that starts
    /// with none of them (+999…, +28…) is refused before a request; and the countries a number may belong to, enough to
    /// look its group up by country. Codes are prefix-free: at most one of a number's first one, two or three digits is
    /// assigned.
    /// </summary>
    internal static class CallingCodes
    {
        private static readonly HashSet<string> Assigned = new HashSet<string>(
            ("1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 " +
            "81 82 84 86 90 91 92 93 94 95 98 " +
            "211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239 " +
            "240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258 260 261 262 263 264 265 " +
            "266 267 268 269 290 291 297 298 299 " +
            "350 351 352 353 354 355 356 357 358 359 370 371 372 373 374 375 376 377 378 379 380 381 382 383 385 " +
            "386 387 388 389 420 421 423 " +
            "500 501 502 503 504 505 506 507 508 509 590 591 592 593 594 595 596 597 598 599 " +
            "670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687 688 689 690 691 692 " +
            "800 808 850 852 853 855 856 870 878 880 881 882 883 886 888 " +
            "960 961 962 963 964 965 966 967 968 970 971 972 973 974 975 976 977 979 991 992 993 994 995 996 998")
            .Split(' '));

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

        /// <summary>The assigned calling code <paramref name="digits"/> (an E.164 number without '+') starts with, or null.</summary>
        public static string? AssignedOf(string digits)
        {
            for (var length = 1; length <= 3 && length < digits.Length; length++)
            {
                var prefix = digits.Substring(0, length);
                if (Assigned.Contains(prefix)) return prefix;
            }

            return null;
        }

        /// <summary>The candidate countries (ISO alpha-2) of an E.164 number; empty when its calling code is not known here.</summary>
        public static IReadOnlyList<string> CountriesOf(string e164)
        {
            var code = AssignedOf(new string((e164 ?? "").Where(c => c >= '0' && c <= '9').ToArray()));
            return code != null && Countries.TryGetValue(code, out var countries) ? countries : new string[0];
        }
    }
}

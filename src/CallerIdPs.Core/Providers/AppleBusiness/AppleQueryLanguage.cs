using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.AppleBusiness
{
    /// <summary>
    /// Builds Apple's ql filter from a query whose values were checked by Guard (digits, E.164, department names), never from
    /// user text: `field==value` joined by `;`. The request percent-encodes the whole filter, so '+' arrives as '+'.
    /// </summary>
    internal static class AppleQueryLanguage
    {
        public static string? Build(CallerIdQuery query)
        {
            var terms = new List<string>();
            if (query.Id != null) terms.Add("id==" + query.Id);
            if (query.States != null && query.States.Count > 0)
            {
                var states = query.States.Distinct().Select(Name).ToList();
                terms.Add(states.Count == 1 ? "state==" + states[0] : "state=in=(" + string.Join(",", states) + ")");
            }

            if (query.PhoneNumber != null) terms.Add("callerIdDetails.phoneNumber==" + query.PhoneNumber);
            if (query.Department != null) terms.Add("callerIdDetails.department==" + query.Department);
            if (query.CreatedAfter.HasValue) terms.Add("createdDate=gt=" + Time(query.CreatedAfter.Value));
            if (query.UpdatedAfter.HasValue) terms.Add("updatedDate=gt=" + Time(query.UpdatedAfter.Value));
            return terms.Count == 0 ? null : string.Join(";", terms);
        }

        public static string Name(string state) => state.ToUpperInvariant();

        // Whole seconds, UTC, as Apple writes dates; the exact comparison is repeated as items arrive.
        private static string Time(DateTimeOffset value) =>
            value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}

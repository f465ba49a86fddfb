using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Model;

namespace CallerIdPs.Cmdlets
{
    /// <summary>The words cmdlets use in confirmations, warnings and verbose lines, so every cmdlet says things the same way.</summary>
    internal static class Describe
    {
        /// <summary>"2Chat account 'Acme' (connection 'TwoChat')", marked when it is the sandbox: see <see cref="AccountWording"/>.</summary>
        public static string Account(CallerIdConnection connection) => AccountWording.Of(connection);

        /// <summary>"0.00 USD setup and 3.50 USD a month".</summary>
        public static string Price(decimal? setup, decimal? monthly, string currency)
        {
            if (!setup.HasValue && !monthly.HasValue)
            {
                return "a price the provider did not state";
            }

            var parts = new List<string>();
            if (setup.HasValue) parts.Add($"{Money(setup.Value, currency)} setup");
            if (monthly.HasValue) parts.Add($"{Money(monthly.Value, currency)} a month");
            return string.Join(" and ", parts);
        }

        public static string Money(decimal amount, string currency) => amount.ToString("0.00", CultureInfo.InvariantCulture) + " " + currency;

        /// <summary>"(Los Angeles, CA, local, US)".</summary>
        public static string Where(string? location, NumberType? type, string? country) => CallerIdPs.Money.PlaceText.Where(location, type, country);

        public static string Requirements(IEnumerable<NumberRequirement> requirements) =>
            string.Join("; ", requirements.Select(r => r.Description).Where(d => !string.IsNullOrWhiteSpace(d)).Distinct());
    }
}

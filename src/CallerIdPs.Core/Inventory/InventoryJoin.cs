using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Inventory
{
    /// <summary>
    /// Joins the numbers every connection rents and the caller IDs every connection lists into one row per E.164 number,
    /// with its cost, renewal and findings. Pure: the same lists and rules always give the same rows.
    /// </summary>
    internal static class InventoryJoin
    {
        public static IReadOnlyList<NumberInventoryRow> Build(IEnumerable<VirtualNumber> numbers, IEnumerable<CallerId> callerIds, InventoryRules rules)
        {
            var byNumber = new Dictionary<string, NumberParts>(StringComparer.Ordinal);
            NumberParts PartsOf(string phoneNumber)
            {
                var key = NumberKey.Of(phoneNumber);
                if (!byNumber.TryGetValue(key, out var parts))
                {
                    parts = new NumberParts(key);
                    byNumber.Add(key, parts);
                }

                return parts;
            }

            foreach (var number in numbers) PartsOf(number.PhoneNumber).Rentals.Add(new NumberRental(number));
            foreach (var callerId in callerIds) PartsOf(callerId.PhoneNumber).CallerIds.Add(callerId);

            var unread = new InventoryList<string>(rules.Unread, separator: ", ");
            return byNumber.Values
                .OrderBy(p => p.PhoneNumber, StringComparer.Ordinal)
                .Select(p => ToRow(p, rules, unread))
                .ToList();
        }

        private static NumberInventoryRow ToRow(NumberParts parts, InventoryRules rules, InventoryList<string> unread)
        {
            var dated = InventoryFindings.Dated(parts).ToList();
            var findings = InventoryFindings.Judge(parts, dated, rules);
            var row = new NumberInventoryRow
            {
                PhoneNumber = parts.PhoneNumber,
                Country = parts.Rentals.Select(r => r.Number.Country).Concat(parts.CallerIds.Select(c => c.Country))
                    .FirstOrDefault(c => !string.IsNullOrEmpty(c))?.ToUpperInvariant(),
                Owned = new InventoryList<NumberRental>(parts.Rentals),
                CallerIds = new InventoryList<CallerId>(parts.CallerIds, CallerIdUse.Label),
                RenewsAt = dated.Count == 0 ? (DateTimeOffset?)null : dated.Min(d => d.At),
                Findings = findings.Count == 0 ? NumberInventoryRow.Empty<InventoryFinding>() : new InventoryList<InventoryFinding>(findings.Select(f => f.Kind), separator: ", "),
                Notes = findings.Count == 0 ? NumberInventoryRow.Empty<string>() : new InventoryList<string>(findings.Select(f => f.Note)),
                Unread = unread,
            };
            MonthlyCost.Apply(row, parts.Rentals);
            return row;
        }
    }

    /// <summary>Everything the lists say about one number, before it becomes a row.</summary>
    internal sealed class NumberParts
    {
        public NumberParts(string phoneNumber) => PhoneNumber = phoneNumber;

        public string PhoneNumber { get; }

        public List<NumberRental> Rentals { get; } = new List<NumberRental>();

        public List<CallerId> CallerIds { get; } = new List<CallerId>();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Inventory
{
    /// <summary>
    /// The findings for one number, each with a one-line note of what was seen. Only what the lists show counts:
    /// a finding that rests on something being absent (BrandedNotOwned) is claimed only when every list was read.
    /// </summary>
    internal static class InventoryFindings
    {
        /// <param name="dated">The number's <see cref="Dated"/> renewals and expiries, worked out once by the caller.</param>
        public static IReadOnlyList<Finding> Judge(NumberParts parts, IReadOnlyList<(DateTimeOffset At, string What)> dated, InventoryRules rules)
        {
            var found = new List<Finding>(0);
            ReleasedButCallerId(parts, found);
            BrandedNotOwned(parts, rules, found);
            OwnedTwice(parts, found);
            Expiring(dated, rules, found);
            PendingDocuments(parts, found);
            CallerIdUnverified(parts, found);
            Rejected(parts, found);
            return found;
        }

        /// <summary>
        /// The renewal or expiry dates that matter: the rentals still held, and the caller IDs unless the number is being
        /// released (then their expiry is the release itself).
        /// </summary>
        public static IEnumerable<(DateTimeOffset At, string What)> Dated(NumberParts parts)
        {
            foreach (var rental in parts.Rentals.Where(r => !r.IsReleasing && r.RenewsAt.HasValue))
            {
                yield return (rental.RenewsAt!.Value, $"{rental.ConnectionName} {(rental.Number.RenewsAt.HasValue ? "renews" : "expires")}");
            }

            if (parts.Rentals.Any(r => r.IsReleasing)) yield break;

            // A caller ID on a connection that rents the number (2Chat's VN) expires with the rental: said once, above.
            foreach (var callerId in parts.CallerIds.Where(c => !parts.Rentals.Any(r => r.ConnectionName == c.ConnectionName)))
            {
                var expires = CallerIdUse.ExpiresAt(callerId);
                if (expires.HasValue) yield return (expires.Value, $"{CallerIdUse.Label(callerId)} caller ID expires");
            }
        }

        private static void ReleasedButCallerId(NumberParts parts, List<Finding> found)
        {
            var releasing = parts.Rentals.Where(r => r.IsReleasing).ToList();
            if (releasing.Count == 0 || parts.Rentals.Any(r => !r.IsReleasing)) return;

            // While a release is pending, the provider's own caller ID for the number goes with it: not a finding.
            var stillUsed = parts.CallerIds
                .Where(CallerIdUse.IsLive)
                .Where(c => !releasing.Any(r => r.Status == VirtualNumberStatus.PendingCancellation && r.ConnectionName == c.ConnectionName))
                .ToList();
            if (stillUsed.Count == 0) return;

            found.Add(new Finding(
                InventoryFinding.ReleasedButCallerId,
                $"{Join(releasing.Select(r => $"{r.Status} on {r.ConnectionName}"))}, still a caller ID on {Join(stillUsed.Select(CallerIdUse.Label))}."));
        }

        private static void BrandedNotOwned(NumberParts parts, InventoryRules rules, List<Finding> found)
        {
            var branded = parts.CallerIds.Where(c => CallerIdUse.IsBranded(c) && CallerIdUse.IsLive(c)).ToList();
            if (branded.Count == 0 || parts.Rentals.Count > 0) return;
            if (parts.CallerIds.Any(c => !CallerIdUse.IsBranded(c) && CallerIdUse.Verified(c) == true)) return;

            // "Not owned" is evidence only against lists that were read in full.
            if (!rules.Complete || rules.NumberSources.Count == 0) return;

            found.Add(new Finding(
                InventoryFinding.BrandedNotOwned,
                $"Branded on {Join(branded.Select(CallerIdUse.Label))}; not owned on {Join(rules.NumberSources)} and not a verified caller ID elsewhere."));
        }

        private static void OwnedTwice(NumberParts parts, List<Finding> found)
        {
            var held = parts.Rentals.Where(r => r.Status != VirtualNumberStatus.Released).ToList();
            if (held.Select(r => r.ConnectionName).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2) return;

            found.Add(new Finding(
                InventoryFinding.OwnedTwice,
                $"Rented on {Join(held.Select(r => $"{r.ConnectionName} ({r.Status})"))}."));
        }

        private static void Expiring(IReadOnlyList<(DateTimeOffset At, string What)> dated, InventoryRules rules, List<Finding> found)
        {
            // Ahead of now only: a date already past says the list is stale, not that something is about to lapse.
            var horizon = rules.Now + rules.Within;
            var soon = dated.Where(d => d.At >= rules.Now && d.At <= horizon).OrderBy(d => d.At).ToList();
            if (soon.Count == 0) return;

            found.Add(new Finding(
                InventoryFinding.Expiring,
                Join(soon.Select(d => $"{d.What} on {Day(d.At)} (in {Math.Ceiling((d.At - rules.Now).TotalDays):0} days)")) + "."));
        }

        private static void PendingDocuments(NumberParts parts, List<Finding> found)
        {
            var waiting = parts.Rentals.Where(r => r.IsPendingDocuments).ToList();
            if (waiting.Count == 0) return;

            found.Add(new Finding(
                InventoryFinding.PendingDocuments,
                $"Bought on {Join(waiting.Select(r => r.Number.CreatedAt.HasValue ? $"{r.ConnectionName} {Day(r.Number.CreatedAt.Value)}" : r.ConnectionName))}, waiting for documents ({Join(waiting.Select(r => r.Status.ToString()).Distinct())})."));
        }

        private static void CallerIdUnverified(NumberParts parts, List<Finding> found)
        {
            var unverified = parts.CallerIds.Where(c => CallerIdUse.Verified(c) == false).ToList();
            if (unverified.Count == 0) return;

            found.Add(new Finding(
                InventoryFinding.CallerIdUnverified,
                $"Not verified as a caller ID on {Join(unverified.Select(c => c.ConnectionName))}."));
        }

        private static void Rejected(NumberParts parts, List<Finding> found)
        {
            var rejected = parts.CallerIds.Where(CallerIdUse.IsRejected).ToList();
            if (rejected.Count == 0) return;

            found.Add(new Finding(
                InventoryFinding.Rejected,
                $"Branded caller ID {Join(rejected.Select(c => $"{c.Id} is {c.Status} on {c.ConnectionName}"))}."));
        }

        private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Join(IEnumerable<string> parts) => string.Join(", ", parts);
    }

    /// <summary>One finding and what was seen.</summary>
    internal readonly struct Finding
    {
        public Finding(InventoryFinding kind, string note)
        {
            Kind = kind;
            Note = kind + ": " + note;
        }

        public InventoryFinding Kind { get; }

        public string Note { get; }
    }
}

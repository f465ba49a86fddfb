using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;

namespace CallerIdPs.Completion
{
    /// <summary>What a completer offers from <see cref="SeenValues"/>.</summary>
    internal enum SeenKind
    {
        GroupId,
        ReservationId,
        VirtualNumberId,
        OwnedPhoneNumber,
    }

    /// <summary>
    /// The ids and numbers this session's commands wrote (number groups, reservations, owned numbers), newest first, for
    /// completion: it asks no provider for them, since a 2Chat request costs a credit and an account's listing can be
    /// long. Each kind keeps its most recent few hundred; an expired reservation is no longer offered.
    /// </summary>
    internal sealed class SeenValues
    {
        private const int KeptPerKind = 500;

        private static readonly ConditionalWeakTable<ConnectionRegistry, SeenValues> PerSession = new ConditionalWeakTable<ConnectionRegistry, SeenValues>();

        private readonly Dictionary<SeenKind, Dictionary<string, Seen>> _byKind = new Dictionary<SeenKind, Dictionary<string, Seen>>();
        private long _written;

        /// <summary>The values of the runspace's session (the one whose connections the cmdlets and completers use).</summary>
        public static SeenValues Current => PerSession.GetValue(ConnectionRegistry.Current, _ => new SeenValues());

        /// <summary>Notes the ids an object written to the pipeline carries; any other object costs one type test.</summary>
        public static void Remember(object? item)
        {
            switch (item is System.Management.Automation.PSObject wrapped ? wrapped.BaseObject : item)
            {
                case NumberGroup group:
                    Current.Add(SeenKind.GroupId, group.ConnectionName, group.Id, $"{group.Id}: {Place(group.Location, group.Type, group.Country)}", null);
                    break;
                case NumberReservation reservation:
                    var until = reservation.ExpiresAt.HasValue ? $", held until {reservation.ExpiresAt.Value.ToLocalTime().ToString("t", CultureInfo.CurrentCulture)}" : "";
                    Current.Add(SeenKind.ReservationId, reservation.ConnectionName, reservation.Id, $"{reservation.PhoneNumber}{until}", reservation.ExpiresAt);
                    if (reservation.GroupId != null) Current.Add(SeenKind.GroupId, reservation.ConnectionName, reservation.GroupId, $"{reservation.GroupId}: {Place(reservation.Location, reservation.Type, reservation.Country)}", null);
                    break;
                case VirtualNumber number:
                    var name = string.IsNullOrEmpty(number.Name) ? "" : $" {number.Name}";
                    Current.Add(SeenKind.VirtualNumberId, number.ConnectionName, number.Id, $"{number.PhoneNumber}{name}", null);
                    Current.Add(SeenKind.OwnedPhoneNumber, number.ConnectionName, number.PhoneNumber, $"{number.PhoneNumber}{name} (id {number.Id})", null);
                    break;
            }
        }

        /// <summary>The values of <paramref name="kind"/>, newest first; only those of <paramref name="connectionName"/> when given.</summary>
        public IReadOnlyList<(string Value, string Tooltip)> Of(SeenKind kind, string? connectionName)
        {
            var now = DateTimeOffset.Now;
            lock (_byKind)
            {
                if (!_byKind.TryGetValue(kind, out var seen)) return Array.Empty<(string, string)>();
                return seen.Values
                    .Where(s => (connectionName == null || string.Equals(s.ConnectionName, connectionName, StringComparison.OrdinalIgnoreCase)) && !(s.Until < now))
                    .OrderByDescending(s => s.Order)
                    .Select(s => (s.Value, $"{s.Tooltip} ({s.ConnectionName})"))
                    .GroupBy(s => s.Value, StringComparer.OrdinalIgnoreCase)
                    .Select(g => g.First())
                    .ToList();
            }
        }

        private void Add(SeenKind kind, string connectionName, string value, string tooltip, DateTimeOffset? until)
        {
            if (string.IsNullOrEmpty(value)) return;
            lock (_byKind)
            {
                if (!_byKind.TryGetValue(kind, out var seen)) _byKind[kind] = seen = new Dictionary<string, Seen>(StringComparer.OrdinalIgnoreCase);
                seen[connectionName + "\n" + value] = new Seen(connectionName, value, tooltip, until, ++_written);
                if (seen.Count > 2 * KeptPerKind)
                {
                    foreach (var oldest in seen.OrderBy(s => s.Value.Order).Take(seen.Count - KeptPerKind).Select(s => s.Key).ToList()) seen.Remove(oldest);
                }
            }
        }

        private static string Place(string? location, NumberType? type, string? country) =>
            string.Join(", ", new[] { location, type?.ToString().ToLowerInvariant(), country }.Where(p => !string.IsNullOrEmpty(p)));

        private sealed class Seen
        {
            public Seen(string connectionName, string value, string tooltip, DateTimeOffset? until, long order)
            {
                ConnectionName = connectionName;
                Value = value;
                Tooltip = tooltip;
                Until = until;
                Order = order;
            }

            public string ConnectionName { get; }

            public string Value { get; }

            public string Tooltip { get; }

            public DateTimeOffset? Until { get; }

            public long Order { get; }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using CallerIdPs.Connections;
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
    /// long. Kept per open connection (a new connection of the same name starts empty), each kind its most recent few
    /// hundred; an expired reservation is no longer offered.
    /// </summary>
    internal sealed class SeenValues
    {
        private const int KeptPerKind = 500;

        private static readonly ConditionalWeakTable<CallerIdConnection, SeenValues> PerConnection = new ConditionalWeakTable<CallerIdConnection, SeenValues>();

        private static long _written;

        /// <summary>The connection the last record came from, and its session: a long listing resolves its name once.</summary>
        [ThreadStatic]
        private static (ConnectionRegistry Session, CallerIdConnection Connection)? _lastSource;

        private readonly Dictionary<SeenKind, Dictionary<string, Seen>> _byKind = new Dictionary<SeenKind, Dictionary<string, Seen>>();

        /// <summary>Notes the ids an object written to the pipeline carries; any other object costs one type test.</summary>
        public static void Remember(object? item)
        {
            if (!((item is System.Management.Automation.PSObject wrapped ? wrapped.BaseObject : item) is ProviderRecord record)) return;
            switch (record)
            {
                case NumberGroup group:
                    Add(record, SeenKind.GroupId, group.Id, $"{group.Id}: {Place(group.Location, group.Type, group.Country)}", null);
                    break;
                case NumberReservation reservation:
                    var until = reservation.ExpiresAt.HasValue ? $", held until {reservation.ExpiresAt.Value.ToLocalTime().ToString("t", CultureInfo.CurrentCulture)}" : "";
                    Add(record, SeenKind.ReservationId, reservation.Id, $"{reservation.PhoneNumber}{until}", reservation.ExpiresAt);
                    if (reservation.GroupId != null) Add(record, SeenKind.GroupId, reservation.GroupId, $"{reservation.GroupId}: {Place(reservation.Location, reservation.Type, reservation.Country)}", null);
                    break;
                case VirtualNumber number:
                    Owned(record, number.Id, number.PhoneNumber, number.Name);
                    break;
                case NumberPurchaseResult purchase:
                    // Bought: the number is the account's, and its reservation is gone.
                    if (purchase.ReservationId != null) Add(record, SeenKind.ReservationId, purchase.ReservationId, "", DateTimeOffset.MinValue);
                    Owned(record, purchase.VirtualNumberId, purchase.PhoneNumber, purchase.Name);
                    break;
            }
        }

        private static void Owned(ProviderRecord record, string? id, string phoneNumber, string? name)
        {
            var named = string.IsNullOrEmpty(name) ? "" : $" {name}";
            if (id != null) Add(record, SeenKind.VirtualNumberId, id, $"{phoneNumber}{named}", null);
            Add(record, SeenKind.OwnedPhoneNumber, phoneNumber, id == null ? $"{phoneNumber}{named}" : $"{phoneNumber}{named} (id {id})", null);
        }

        /// <summary>The values of <paramref name="kind"/> of the session's open connections (only <paramref name="connectionName"/>'s when given), newest first.</summary>
        public static IReadOnlyList<(string Value, string Tooltip)> Of(SeenKind kind, string? connectionName)
        {
            var now = DateTimeOffset.Now;
            var found = new List<Seen>();
            foreach (var connection in ConnectionRegistry.Current.All)
            {
                if (!connection.IsOpen || (connectionName != null && !string.Equals(connection.Name, connectionName, StringComparison.OrdinalIgnoreCase))) continue;
                if (!PerConnection.TryGetValue(connection, out var values)) continue;
                lock (values._byKind)
                {
                    if (values._byKind.TryGetValue(kind, out var seen)) found.AddRange(seen.Values.Where(s => !(s.Until < now)));
                }
            }

            return found
                .OrderByDescending(s => s.Order)
                .GroupBy(s => s.Value, StringComparer.OrdinalIgnoreCase)
                .Select(g => (g.Key, $"{g.First().Tooltip} ({string.Join(", ", g.Select(s => s.ConnectionName).Distinct())})"))
                .ToList();
        }

        /// <summary>A value the session ended (a reservation cancelled, a number released): no longer offered.</summary>
        public static void Gone(CallerIdConnection connection, SeenKind kind, string? value)
        {
            if (string.IsNullOrEmpty(value) || !PerConnection.TryGetValue(connection, out var values)) return;
            lock (values._byKind)
            {
                if (values._byKind.TryGetValue(kind, out var seen)) seen.Remove(value!);
            }
        }

        private static void Add(ProviderRecord record, SeenKind kind, string value, string tooltip, DateTimeOffset? until)
        {
            if (string.IsNullOrEmpty(value)) return;
            var session = ConnectionRegistry.Current;
            var source = _lastSource is { } last && last.Session == session && last.Connection.IsOpen && last.Connection.Name == record.ConnectionName ? last.Connection : null;
            if (source == null)
            {
                source = session.All.FirstOrDefault(c => c.IsOpen && c.Name == record.ConnectionName);
                if (source == null) return;
                _lastSource = (session, source);
            }

            PerConnection.GetValue(source, _ => new SeenValues()).Add(kind, new Seen(source.Name, value, tooltip, until, System.Threading.Interlocked.Increment(ref _written)));
        }

        private void Add(SeenKind kind, Seen value)
        {
            lock (_byKind)
            {
                if (!_byKind.TryGetValue(kind, out var seen)) _byKind[kind] = seen = new Dictionary<string, Seen>(StringComparer.OrdinalIgnoreCase);
                seen[value.Value] = value;
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

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

        /// <summary>
        /// Notes the ids an object written to the pipeline carries; any other object costs one type test. Nothing is
        /// formatted here: the tooltip is made from the kept record only when a completion offers it.
        /// </summary>
        public static void Remember(object? item)
        {
            if (!((item is System.Management.Automation.PSObject wrapped ? wrapped.BaseObject : item) is ProviderRecord record)) return;
            switch (record)
            {
                case NumberGroup group:
                    SourceOf(record)?.Add(SeenKind.GroupId, group.Id, record, null);
                    break;
                case NumberReservation reservation when SourceOf(record) is { } values:
                    values.Add(SeenKind.ReservationId, reservation.Id, record, reservation.ExpiresAt);
                    if (reservation.GroupId != null) values.Add(SeenKind.GroupId, reservation.GroupId, record, null);
                    break;
                case VirtualNumber number when SourceOf(record) is { } values:
                    values.Owned(record, number.Id, number.PhoneNumber);
                    break;
                case NumberPurchaseResult purchase when SourceOf(record) is { } values:
                    // Bought: the number is the account's, and its reservation is gone.
                    if (purchase.ReservationId != null) values.Add(SeenKind.ReservationId, purchase.ReservationId, record, DateTimeOffset.MinValue);
                    values.Owned(record, purchase.VirtualNumberId, purchase.PhoneNumber);
                    break;
            }
        }

        private void Owned(ProviderRecord record, string? id, string phoneNumber)
        {
            if (id != null) Add(SeenKind.VirtualNumberId, id, record, null);
            Add(SeenKind.OwnedPhoneNumber, phoneNumber, record, null);
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
                .Select(g => (g.Key, $"{Tooltip(kind, g.First().Record)} ({string.Join(", ", g.Select(s => s.Record.ConnectionName).Distinct())})"))
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

        /// <summary>What the connection <paramref name="record"/> came from keeps; null when it is no longer open.</summary>
        private static SeenValues? SourceOf(ProviderRecord record)
        {
            var session = ConnectionRegistry.Current;
            var source = _lastSource is { } last && last.Session == session && last.Connection.IsOpen && last.Connection.Name == record.ConnectionName ? last.Connection : null;
            if (source == null)
            {
                source = session.All.FirstOrDefault(c => c.IsOpen && c.Name == record.ConnectionName);
                if (source == null) return null;
                _lastSource = (session, source);
            }

            return PerConnection.GetValue(source, _ => new SeenValues());
        }

        private void Add(SeenKind kind, string? value, ProviderRecord record, DateTimeOffset? until)
        {
            if (string.IsNullOrEmpty(value)) return;
            var order = System.Threading.Interlocked.Increment(ref _written);
            lock (_byKind)
            {
                if (!_byKind.TryGetValue(kind, out var seen)) _byKind[kind] = seen = new Dictionary<string, Seen>(StringComparer.OrdinalIgnoreCase);
                seen[value!] = new Seen(value!, record, until, order);
                if (seen.Count > 2 * KeptPerKind)
                {
                    foreach (var oldest in seen.OrderBy(s => s.Value.Order).Take(seen.Count - KeptPerKind).Select(s => s.Key).ToList()) seen.Remove(oldest);
                }
            }
        }

        /// <summary>The words shown beside a value of <paramref name="kind"/> that <paramref name="record"/> carried.</summary>
        private static string Tooltip(SeenKind kind, ProviderRecord record)
        {
            switch (record)
            {
                case NumberGroup group:
                    return $"{group.Id}: {Place(group.Location, group.Type, group.Country)}";
                case NumberReservation reservation when kind == SeenKind.GroupId:
                    return $"{reservation.GroupId}: {Place(reservation.Location, reservation.Type, reservation.Country)}";
                case NumberReservation reservation:
                    var until = reservation.ExpiresAt.HasValue ? $", held until {reservation.ExpiresAt.Value.ToLocalTime().ToString("t", CultureInfo.CurrentCulture)}" : "";
                    return $"{reservation.PhoneNumber}{until}";
                case VirtualNumber number:
                    return OwnedTooltip(kind, number.Id, number.PhoneNumber, number.Name);
                case NumberPurchaseResult purchase when kind != SeenKind.ReservationId:
                    return OwnedTooltip(kind, purchase.VirtualNumberId, purchase.PhoneNumber, purchase.Name);
                default:
                    return "";
            }
        }

        private static string OwnedTooltip(SeenKind kind, string? id, string phoneNumber, string? name)
        {
            var named = string.IsNullOrEmpty(name) ? "" : $" {name}";
            return kind == SeenKind.OwnedPhoneNumber && id != null ? $"{phoneNumber}{named} (id {id})" : $"{phoneNumber}{named}";
        }

        private static string Place(string? location, NumberType? type, string? country) =>
            string.Join(", ", new[] { location, type?.ToString().ToLowerInvariant(), country }.Where(p => !string.IsNullOrEmpty(p)));

        /// <summary>A kept value, the record that carried it (for its tooltip and connection), until when it is offered, and when it was written.</summary>
        private readonly struct Seen
        {
            public Seen(string value, ProviderRecord record, DateTimeOffset? until, long order)
            {
                Value = value;
                Record = record;
                Until = until;
                Order = order;
            }

            public string Value { get; }

            public ProviderRecord Record { get; }

            public DateTimeOffset? Until { get; }

            public long Order { get; }
        }
    }
}

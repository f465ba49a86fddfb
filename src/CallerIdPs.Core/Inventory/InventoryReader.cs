using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Inventory
{
    /// <summary>
    /// Reads what the inventory joins: every connection's owned numbers and caller IDs, each list once, the connections
    /// side by side (each keeps its own pace). A connection that fails keeps what it had read and is reported as unread.
    /// </summary>
    internal static class InventoryReader
    {
        public static bool CanAnswer(CallerIdConnection connection) =>
            connection.Supports(ProviderCapability.ListVirtualNumbers) || connection.Supports(ProviderCapability.ListCallerIds);

        public static async Task<InventorySnapshot> ReadAsync(IReadOnlyList<CallerIdConnection> connections, Action<ConnectionReadProgress>? progress, CancellationToken cancellationToken)
        {
            var reads = await Task.WhenAll(connections.Select(c => ReadOneAsync(c, progress, cancellationToken))).ConfigureAwait(false);
            return new InventorySnapshot(reads);
        }

        private static async Task<ConnectionRead> ReadOneAsync(CallerIdConnection connection, Action<ConnectionReadProgress>? progress, CancellationToken cancellationToken)
        {
            await Task.Yield(); // every connection starts at once, whatever the first one does before its first await
            var read = new ConnectionRead(connection.Name);
            var state = new ConnectionReadProgress(connection.Name);
            try
            {
                if (connection.Supports(ProviderCapability.ListVirtualNumbers))
                {
                    await foreach (var number in connection.ClientAs<IVirtualNumberSource>().ListVirtualNumbersAsync(cancellationToken).ConfigureAwait(false))
                    {
                        read.Numbers.Add(number);
                        state.Numbers++;
                        progress?.Invoke(state);
                    }

                    read.NumbersComplete = true;
                }

                if (connection.Supports(ProviderCapability.ListCallerIds))
                {
                    await foreach (var callerId in connection.ClientAs<ICallerIdSource>().ListCallerIdsAsync(new CallerIdQuery(), t => state.CallerIdTotal = (state.CallerIdTotal ?? 0) + t, cancellationToken).ConfigureAwait(false))
                    {
                        read.CallerIds.Add(callerId);
                        state.CallerIds++;
                        progress?.Invoke(state);
                    }
                }
            }
            catch (CallerIdException error)
            {
                read.Failure = error;
            }

            state.Done = true;
            progress?.Invoke(state);
            return read;
        }
    }

    /// <summary>How far one connection's read has got; the same object is reported again as it grows.</summary>
    internal sealed class ConnectionReadProgress
    {
        public ConnectionReadProgress(string connectionName) => ConnectionName = connectionName;

        public string ConnectionName { get; }

        public long Numbers { get; set; }

        public long CallerIds { get; set; }

        /// <summary>The caller IDs the provider says it has, when it says.</summary>
        public long? CallerIdTotal { get; set; }

        public bool Done { get; set; }
    }

    /// <summary>One connection's lists as read, and its failure if it had one.</summary>
    internal sealed class ConnectionRead
    {
        public ConnectionRead(string connectionName) => ConnectionName = connectionName;

        public string ConnectionName { get; }

        public List<VirtualNumber> Numbers { get; } = new List<VirtualNumber>();

        public List<CallerId> CallerIds { get; } = new List<CallerId>();

        /// <summary>The owned numbers were read to the end (so "not owned here" is evidence).</summary>
        public bool NumbersComplete { get; set; }

        public CallerIdException? Failure { get; set; }
    }

    /// <summary>Every connection's lists, ready to join.</summary>
    internal sealed class InventorySnapshot
    {
        public InventorySnapshot(IReadOnlyList<ConnectionRead> reads) => Reads = reads;

        public IReadOnlyList<ConnectionRead> Reads { get; }

        public IEnumerable<VirtualNumber> Numbers => Reads.SelectMany(r => r.Numbers);

        public IEnumerable<CallerId> CallerIds => Reads.SelectMany(r => r.CallerIds);

        public IEnumerable<ConnectionRead> Failed => Reads.Where(r => r.Failure != null);

        public InventoryRules Rules(DateTimeOffset now, TimeSpan within) => new InventoryRules(
            now,
            within,
            Reads.Where(r => r.NumbersComplete && r.Failure == null).Select(r => r.ConnectionName).ToList(),
            Failed.Select(r => r.ConnectionName).ToList());

        public IReadOnlyList<NumberInventoryRow> Join(DateTimeOffset now, TimeSpan within) => InventoryJoin.Build(Numbers, CallerIds, Rules(now, within));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Inventory;
using CallerIdPs.Model;

namespace CallerIdPs.Cmdlets.Inventory
{
    [Cmdlet(VerbsCommon.Get, "NumberInventory")]
    [OutputType(typeof(NumberInventoryRow))]
    public sealed class GetNumberInventoryCommand : ConnectedCmdlet
    {
        [Parameter]
        public SwitchParameter Attention { get; set; }

        [Parameter]
        [DaysTransformation]
        public TimeSpan Within { get; set; } = TimeSpan.FromDays(30);

        protected override void ProcessRecord()
        {
            if (!TryCheck(CheckWithin, Within, out var within)) return;

            var connections = InventoryConnections();
            if (connections.Count == 0) return;

            // Reporters read $ProgressPreference, so they are made here on the pipeline thread; they write through the pump.
            ICmdletOutput? pump = null;
            var reporters = connections.Select((c, i) => new ProgressReporter(this, r => pump?.WriteProgress(r), i + 1, $"Reading {c.Name}")).ToList();
            var rows = 0;
            var total = 0;
            var ran = Run(null, async (output, ct) =>
            {
                pump = output;
                var byName = connections.Select((c, i) => (c.Name, Reporter: reporters[i])).ToDictionary(p => p.Name, p => p.Reporter, StringComparer.OrdinalIgnoreCase);
                InventorySnapshot snapshot;
                try
                {
                    snapshot = await InventoryReader.ReadAsync(connections, p => Report(byName[p.ConnectionName], p), ct).ConfigureAwait(false);
                }
                finally
                {
                    foreach (var reporter in reporters) reporter.Complete();
                }

                foreach (var failed in snapshot.Failed)
                {
                    output.WriteWarning(
                        $"Could not read '{failed.ConnectionName}': {failed.Failure!.Message.TrimEnd('.')}. Its rows may be missing or partial: every row is marked Incomplete, and BrandedNotOwned is not claimed.");
                }

                foreach (var row in snapshot.Join(DateTimeOffset.UtcNow, within))
                {
                    total++;
                    if (Attention.IsPresent && !row.HasFindings) continue;
                    await output.WriteObjectAsync(row).ConfigureAwait(false);
                    rows++;
                }
            });

            if (ran && rows == 0)
            {
                WriteWarning(total == 0
                    ? $"No numbers on {string.Join(", ", connections.Select(c => c.Name))}."
                    : $"None of the {total:N0} numbers on {string.Join(", ", connections.Select(c => c.Name))} needs attention (Expiring within {within.TotalDays:0.##} days).");
            }
        }

        private static void Report(ProgressReporter reporter, ConnectionReadProgress p)
        {
            if (p.Done) return;
            var total = p.CallerIdTotal.HasValue ? p.Numbers + p.CallerIdTotal.Value : (long?)null;
            reporter.Report(p.Numbers + p.CallerIds, total, p.CallerIds == 0 ? "owned numbers" : p.Numbers == 0 ? "caller IDs" : "owned numbers and caller IDs");
        }

        private TimeSpan CheckWithin()
        {
            if (Within < TimeSpan.Zero)
            {
                throw CallerIdException.InvalidInputFor($"Within: {Within} is negative; give the days ahead that count as expiring, e.g. -Within 30.", Within);
            }

            return Within;
        }

        /// <summary>-Connection's one, or every connection that lists owned numbers or caller IDs.</summary>
        private IReadOnlyList<CallerIdConnection> InventoryConnections()
        {
            if (Connection != null)
            {
                var capability = Connection.Supports(ProviderCapability.ListVirtualNumbers) ? ProviderCapability.ListVirtualNumbers : ProviderCapability.ListCallerIds;
                return ReadConnections(Connection, capability);
            }

            var eligible = Registry.All.Where(InventoryReader.CanAnswer).ToList();
            if (eligible.Count == 0)
            {
                // Nothing eligible: the usual "connect first" error, naming the providers that can answer.
                return ReadConnections(null, ProviderCapability.ListCallerIds);
            }

            return eligible;
        }
    }
}

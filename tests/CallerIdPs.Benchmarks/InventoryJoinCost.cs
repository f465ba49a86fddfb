using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Inventory;
using CallerIdPs.Model;

namespace CallerIdPs.Benchmarks
{
    /// <summary>
    /// Get-NumberInventory's join in memory: 10,000 numbers across four connections (2Chat, IdentityCall, Plivo, Apple),
    /// a third of them on two or more lists, Plivo's written without '+', every finding in play. The reading is not
    /// timed here (listing cost is section 2); this is what the inventory adds once the lists are in.
    /// </summary>
    internal static class InventoryJoinCost
    {
        /// <remarks>CPU time is reported beside wall time: on a shared machine the wall clock also counts the time other processes had the cores.</remarks>
        public static (int Numbers, int Records, int Rows, double MedianMs, double MaxMs, double MedianCpuMs) Measure(int numbers, int runs)
        {
            var now = DateTimeOffset.UtcNow;
            var (owned, callerIds) = Inputs(numbers, now);
            var rules = new InventoryRules(now, TimeSpan.FromDays(30), new[] { "TwoChat", "IdentityCall" });

            var rows = InventoryJoin.Build(owned, callerIds, rules).Count; // warm-up: JIT and first-touch allocations
            var times = new List<double>();
            var cpu = new List<double>();
            var process = Process.GetCurrentProcess();
            for (var i = 0; i < runs; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                rows = InventoryJoin.Build(owned, callerIds, rules).Count;
                times.Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }

            return (numbers, owned.Count + callerIds.Count, rows, Stats.Median(times), times.Max(), Stats.Median(cpu));
        }

        private static (List<VirtualNumber> Owned, List<CallerId> CallerIds) Inputs(int count, DateTimeOffset now)
        {
            var random = new Random(17);
            var owned = new List<VirtualNumber>();
            var callerIds = new List<CallerId>();
            var statuses = new[] { VirtualNumberStatus.Active, VirtualNumberStatus.Active, VirtualNumberStatus.Active, VirtualNumberStatus.AwaitingRegistration, VirtualNumberStatus.PendingCancellation, VirtualNumberStatus.Released };
            var states = new[] { AppleCallerIdState.Published, AppleCallerIdState.Published, AppleCallerIdState.Processing, AppleCallerIdState.Rejected, AppleCallerIdState.Failed };
            for (var i = 0; i < count; i++)
            {
                var digits = "1415" + (2000000 + i).ToString(CultureInfo.InvariantCulture);
                var number = "+" + digits;
                switch (i % 4)
                {
                    case 0:
                        owned.Add(Stamp(new TwoChatVirtualNumber { Id = "DID" + i, PhoneNumber = number, Country = "US", Status = statuses[random.Next(statuses.Length)], ExpiresAt = now.AddDays(random.Next(-30, 365)) }, ProviderKind.TwoChat));
                        callerIds.Add(Stamp(new TwoChatCallerId { Id = "VCI" + i, PhoneNumber = number, Country = "US", Type = CallerIdType.VN, Verified = true }, ProviderKind.TwoChat));
                        break;
                    case 1:
                        owned.Add(Stamp(new IdentityCallVirtualNumber { Id = i.ToString(CultureInfo.InvariantCulture), PhoneNumber = number, Country = "US", Active = random.Next(5) > 0 }, ProviderKind.IdentityCall));
                        break;
                    case 2:
                        callerIds.Add(Stamp(new PlivoCallerId { Id = digits, PhoneNumber = digits, Country = "US" }, ProviderKind.Plivo));
                        break;
                    default:
                        callerIds.Add(Stamp(new TwoChatCallerId { Id = "VCI" + i, PhoneNumber = "+1 415 " + (2000000 + i).ToString(CultureInfo.InvariantCulture), Type = CallerIdType.CI, Verified = random.Next(10) > 0, ExpiresAt = now.AddDays(random.Next(-100, 300)) }, ProviderKind.TwoChat));
                        break;
                }

                // A third of the numbers are also branded on Apple, or rented a second time.
                if (i % 3 == 0) callerIds.Add(Stamp(new AppleCallerId { Id = "9467895078742" + i, PhoneNumber = number, Country = "US", State = states[random.Next(states.Length)] }, ProviderKind.AppleBusiness));
                if (i % 50 == 1) owned.Add(Stamp(new TwoChatVirtualNumber { Id = "DIDx" + i, PhoneNumber = number, Country = "US", Status = VirtualNumberStatus.Active }, ProviderKind.TwoChat));
            }

            return (owned, callerIds);
        }

        private static T Stamp<T>(T record, ProviderKind provider)
            where T : ProviderRecord
        {
            record.SetOrigin(new RecordOrigin(provider, provider.ToString()), default(JsonElement));
            return record;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Management.Automation;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Benchmarks
{
    /// <summary>Get-CallerId streaming N caller IDs through a real pipeline against the plain loop, same pages, same process.</summary>
    internal static class ListingOverhead
    {
        public sealed class Result
        {
            public int Items { get; set; }
            public double CmdletMs { get; set; }
            public double PlainMs { get; set; }
            /// <summary>The median of each run's cmdlet time over its paired plain loop time.</summary>
            public double Ratio { get; set; }
            public double ClientMs { get; set; }
            public double CmdletFirstObjectMs { get; set; }
            public double PlainFirstPageMs { get; set; }
            public double PeakHeapGrowthMb { get; set; }
            public int Repeats { get; set; }
        }

        public static async Task<Result> MeasureAsync(int items, int repeats)
        {
            var emulator = ListingEmulator.WithCallerIds(items);
            await using var server = await LoopbackEmulatorServer.StartAsync(emulator);
            using var runspace = Engine.OpenWithModule();
            runspace.SessionStateProxy.SetVariable("key", Engine.Secure(emulator.Options.ApiKey));
            runspace.SessionStateProxy.SetVariable("uri", server.BaseUri);
            Engine.Invoke(runspace, "Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri");
            using var http = new HttpClient();

            // Warm both paths (JIT tiers, connection pools) before measuring: one run leaves much of the code at tier 0.
            for (var warm = 0; warm < 3; warm++)
            {
                RunCmdlet(runspace, out _, out _);
                await PlainListing.RunAsync(http, server.BaseUri, emulator.Options.ApiKey);
            }

            var clientOnly = new List<double>();
            var connection = await CallerIdPs.Connections.ConnectionFactory.ConnectAsync(
                new CallerIdPs.Connections.ConnectionRequest("Direct", CallerIdPs.Model.ProviderKind.TwoChat)
                {
                    Credential = new CallerIdPs.Connections.ApiKeyCredential(CallerIdPs.Connections.Secret.FromPlainText(emulator.Options.ApiKey)),
                    BaseUri = server.BaseUri,
                },
                CancellationToken.None);
            using var direct = connection;
            var client = direct.ClientAs<CallerIdPs.Providers.TwoChat.TwoChatClient>();
            await foreach (var _ in client.ListCallerIdsAsync(CancellationToken.None)) { }

            var cmdlet = new List<double>();
            var plain = new List<double>();
            var ratios = new List<double>();
            var first = new List<double>();
            var plainFirst = new List<double>();
            double peakGrowth = 0;
            for (var i = 0; i < repeats; i++)
            {
                var clientClock = Stopwatch.StartNew();
                var seen = 0;
                await foreach (var _ in client.ListCallerIdsAsync(CancellationToken.None)) seen++;
                clientOnly.Add(clientClock.Elapsed.TotalMilliseconds);
                if (seen != items) throw new InvalidOperationException($"The client read {seen} of {items}.");

                var p = await PlainListing.RunAsync(http, server.BaseUri, emulator.Options.ApiKey);
                plain.Add(p.Elapsed.TotalMilliseconds);
                plainFirst.Add(p.FirstPage.TotalMilliseconds);
                if (p.Count != items) throw new InvalidOperationException($"The plain loop read {p.Count} of {items}.");

                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var baseline = GC.GetTotalMemory(true);
                long peak = baseline;
                using var stop = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var now = GC.GetTotalMemory(false);
                        if (now > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, now);
                        await Task.Delay(2);
                    }
                });
                var elapsed = RunCmdlet(runspace, out var firstObject, out var count);
                stop.Cancel();
                await sampler;
                if (count != items) throw new InvalidOperationException($"Get-CallerId wrote {count} of {items}.");
                cmdlet.Add(elapsed.TotalMilliseconds);
                // Each run against the plain loop run just before it, so the machine's drift falls on both alike.
                ratios.Add(elapsed.TotalMilliseconds / p.Elapsed.TotalMilliseconds);
                first.Add(firstObject.TotalMilliseconds);
                peakGrowth = Math.Max(peakGrowth, (peak - baseline) / 1024.0 / 1024.0);
            }

            return new Result
            {
                Items = items,
                CmdletMs = Stats.Median(cmdlet),
                PlainMs = Stats.Median(plain),
                Ratio = Stats.Median(ratios),
                ClientMs = Stats.Median(clientOnly),
                CmdletFirstObjectMs = Stats.Median(first),
                PlainFirstPageMs = Stats.Median(plainFirst),
                PeakHeapGrowthMb = peakGrowth,
                Repeats = repeats,
            };
        }

        /// <summary>Objects are counted as they arrive on the pipeline's output; nothing keeps them.</summary>
        private static TimeSpan RunCmdlet(System.Management.Automation.Runspaces.Runspace runspace, out TimeSpan firstObject, out int count)
        {
            using var shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddCommand("Get-CallerId").AddParameter("Connection", "TwoChat");
            var output = new PSDataCollection<PSObject>();
            var seen = 0;
            var clock = Stopwatch.StartNew();
            var first = TimeSpan.Zero;
            output.DataAdded += (sender, e) =>
            {
                if (Interlocked.Increment(ref seen) == 1) first = clock.Elapsed;
                ((PSDataCollection<PSObject>)sender!).Clear();
            };
            shell.Invoke<PSObject, PSObject>(null, output, null);
            var elapsed = clock.Elapsed;
            if (shell.HadErrors) throw new InvalidOperationException(string.Join("; ", shell.Streams.Error));
            firstObject = first;
            count = seen;
            return elapsed;
        }
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Benchmarks
{
    /// <summary>
    /// Memory of a listing, measured in a child process that holds only the engine and the module, so the emulator's own
    /// data (served from this process) does not count. Flat memory means the peak does not grow with the item count.
    /// </summary>
    internal static class ListingMemoryProbe
    {
        public const string ProbeArgument = "--list-probe";

        /// <summary>In the child: list everything from the given emulator, print "peakHeapGrowthMB peakWorkingSetMB retainedMB count".</summary>
        public static void Probe(string baseUri, string apiKey)
        {
            using var runspace = Engine.OpenWithModule();
            runspace.SessionStateProxy.SetVariable("key", Engine.Secure(apiKey));
            runspace.SessionStateProxy.SetVariable("uri", new Uri(baseUri));
            Engine.Invoke(runspace, "Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri");
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(true);
            long peak = baseline;
            using var stop = new CancellationTokenSource();
            var sampler = new Thread(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var now = GC.GetTotalMemory(false);
                    if (now > peak) peak = now;
                    Thread.Sleep(1);
                }
            }) { IsBackground = true };
            sampler.Start();

            using var shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddCommand("Get-CallerId").AddParameter("Connection", "TwoChat");
            var output = new PSDataCollection<PSObject>();
            var count = 0;
            output.DataAdded += (sender, e) =>
            {
                count++;
                ((PSDataCollection<PSObject>)sender!).Clear();
            };
            shell.Invoke<PSObject, PSObject>(null, output, null);
            stop.Cancel();
            sampler.Join();
            var retained = GC.GetTotalMemory(true) - baseline;
            using var self = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(peak - baseline) / 1048576.0:0.0} {self.PeakWorkingSet64 / 1048576.0:0.0} {retained / 1048576.0:0.0} {count}"));
        }

        public static async Task<(double HeapGrowthMb, double PeakWorkingSetMb, double RetainedMb)> MeasureAsync(int items)
        {
            var emulator = ListingEmulator.WithCallerIds(items);
            await using var server = await LoopbackEmulatorServer.StartAsync(emulator);
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) || Environment.ProcessPath.EndsWith("dotnet.exe", StringComparison.Ordinal))
            {
                start.ArgumentList.Add(typeof(ListingMemoryProbe).Assembly.Location);
            }

            // A fixed gen0 budget, so the peak shows what the listing holds rather than how far the GC let garbage grow
            // (an adaptive budget grows with the length of the run, whatever the code keeps alive).
            start.Environment["DOTNET_GCgen0size"] = "0x1000000";
            start.ArgumentList.Add(ProbeArgument);
            start.ArgumentList.Add(server.BaseUri.ToString());
            start.ArgumentList.Add(emulator.Options.ApiKey);
            using var process = Process.Start(start)!;
            var line = (await process.StandardOutput.ReadToEndAsync()).Trim();
            await process.WaitForExitAsync();
            var parts = line.Split(' ');
            if (parts.Length != 4 || int.Parse(parts[3], CultureInfo.InvariantCulture) != items)
            {
                throw new InvalidOperationException($"The listing probe answered '{line}'.");
            }

            return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
        }
    }
}

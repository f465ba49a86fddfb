using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading.Tasks;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Benchmarks
{
    /// <summary>Reserve and buy N numbers through one pipeline; compare the time per number with the emulator's own service time.</summary>
    internal static class BulkPurchase
    {
        public sealed class Result
        {
            public int Numbers { get; set; }
            public double TotalSeconds { get; set; }
            public double PerNumberMs { get; set; }
            public double ServicePerNumberMs { get; set; }
            public double RequestsPerNumber { get; set; }
        }

        public static async Task<Result> MeasureAsync(int numbers)
        {
            var emulator = new TwoChatEmulator(new TwoChatEmulatorOptions { NumbersPerGroup = numbers + 50, RequestsPerMinute = 10_000_000, MaxApiRequestCount = long.MaxValue });
            var timed = new TimedEmulator(emulator);
            await using var server = await LoopbackEmulatorServer.StartAsync(timed);
            using var runspace = Engine.OpenWithModule();
            runspace.SessionStateProxy.SetVariable("key", Engine.Secure(emulator.Options.ApiKey));
            runspace.SessionStateProxy.SetVariable("uri", server.BaseUri);
            runspace.SessionStateProxy.SetVariable("count", numbers);
            Engine.Invoke(runspace, "Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri; $group = @(Find-NumberGroup -Country GB -Type mobile)[0]");
            var serviceBefore = timed.ServiceTime;
            var requestsBefore = timed.Requests;

            var clock = Stopwatch.StartNew();
            using var shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript("1..$count | ForEach-Object { $group } | New-NumberReservation | Invoke-NumberPurchase -Force");
            var bought = shell.Invoke();
            clock.Stop();
            if (shell.HadErrors || bought.Count != numbers || emulator.PurchaseCount != numbers)
            {
                throw new InvalidOperationException($"Bought {emulator.PurchaseCount} of {numbers}: {string.Join("; ", shell.Streams.Error)}");
            }

            var service = timed.ServiceTime - serviceBefore;
            return new Result
            {
                Numbers = numbers,
                TotalSeconds = clock.Elapsed.TotalSeconds,
                PerNumberMs = clock.Elapsed.TotalMilliseconds / numbers,
                ServicePerNumberMs = service.TotalMilliseconds / numbers,
                RequestsPerNumber = (timed.Requests - requestsBefore) / (double)numbers,
            };
        }
    }
}

using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.Plivo;
using CallerIdPs.Sandbox.Plivo;

namespace CallerIdPs.Benchmarks
{
    /// <summary>
    /// 500 requests from 4 concurrent workers on one Plivo connection, against the emulator enforcing Plivo's documented
    /// 300 requests per 5 seconds: how many were throttled, and how close the pace came to what the limit allows.
    /// </summary>
    internal static class PacingEfficiency
    {
        public sealed class Result
        {
            public int Requests { get; set; }
            public int Throttled { get; set; }
            public double ElapsedSeconds { get; set; }
            public double AchievedPerSecond { get; set; }
            public double LimitPerSecond { get; set; }
            public double IdealSeconds { get; set; }
        }

        public static async Task<Result> MeasureAsync(int requests)
        {
            var options = new PlivoEmulatorOptions { AuthToken = "bench-token" };
            var emulator = new PlivoEmulator(options);
            await using var server = await LoopbackEmulatorServer.StartAsync(emulator);
            var request = new ConnectionRequest("Plivo", ProviderKind.Plivo)
            {
                Credential = new ClientCredential(options.AuthId, Secret.FromPlainText(options.AuthToken)),
                BaseUri = server.BaseUri,
            };
            using var connection = await ConnectionFactory.ConnectAsync(request, CancellationToken.None);
            var client = connection.ClientAs<PlivoClient>();
            var number = emulator.CallerIds()[0].PhoneNumber;
            var before = emulator.RequestCount;

            var clock = Stopwatch.StartNew();
            var next = -1;
            var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) < requests)
                {
                    await client.GetCallerIdAsync(number, CancellationToken.None);
                }
            })).ToArray();
            await Task.WhenAll(workers);
            clock.Stop();

            var sent = emulator.RequestCount - before;
            var limit = options.RequestsPerFiveSeconds;
            // The connection's own probe already used one slot of the first window.
            var ideal = Math.Ceiling((requests + 1.0) / limit - 1) * 5.0;
            return new Result
            {
                Requests = requests,
                Throttled = sent - requests,
                ElapsedSeconds = clock.Elapsed.TotalSeconds,
                AchievedPerSecond = requests / clock.Elapsed.TotalSeconds,
                LimitPerSecond = limit / 5.0,
                IdealSeconds = ideal,
            };
        }
    }
}

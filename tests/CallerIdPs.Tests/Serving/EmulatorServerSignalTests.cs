using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using CallerIdPs.EmulatorServer;
using Xunit;

namespace CallerIdPs.Tests.Serving
{
    /// <summary>The emulator server run by hand or by CI stops cleanly when asked: Ctrl+C (SIGINT) or a service manager's SIGTERM.</summary>
    public sealed class EmulatorServerSignalTests
    {
        [Theory]
        [InlineData("TERM")]
        [InlineData("INT")]
        public void Stops_with_exit_code_0_on_the_signal(string signal)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return; // no kill(1) to send a POSIX signal with
            // A signal ignored when this process started (a background job of a non-interactive shell ignores SIGINT) is
            // ignored by the server it starts too, and POSIX lets no program undo that: there is nothing to test then.
            if (IgnoredAtStart(signal)) return;

            var server = typeof(LoopbackEmulatorServer).Assembly.Location;
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(server);
            start.ArgumentList.Add("--port");
            start.ArgumentList.Add("0");
            using var process = Process.Start(start)!;
            try
            {
                var ready = process.StandardOutput.ReadLine() ?? "";
                Assert.Contains("listening on http://127.0.0.1:", ready, StringComparison.Ordinal);
                while (process.StandardOutput.ReadLine() is { } line && !line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
                {
                }

                using (var kill = Process.Start("kill", new[] { "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })!)
                {
                    kill.WaitForExit();
                }

                Assert.True(process.WaitForExit(20_000), $"The server was still running 20 s after SIG{signal}.");
                Assert.Equal(0, process.ExitCode);
                Assert.Contains("Stopped.", process.StandardOutput.ReadToEnd(), StringComparison.Ordinal);
            }
            finally
            {
                if (!process.HasExited) process.Kill(true);
            }
        }

        private static bool IgnoredAtStart(string signal)
        {
            var number = signal == "INT" ? 2 : 15;
            foreach (var line in System.IO.File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("SigIgn:", StringComparison.Ordinal))
                {
                    var mask = Convert.ToUInt64(line.Substring("SigIgn:".Length).Trim(), 16);
                    return (mask & (1UL << (number - 1))) != 0;
                }
            }

            return false;
        }
    }
}

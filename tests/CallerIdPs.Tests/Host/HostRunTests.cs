using System;
using System.Diagnostics;
using System.IO;
using CallerIdPs.Tests.Engine;

namespace CallerIdPs.Tests.Host
{
    /// <summary>The README's main job: the console host runs the shipped example on the sandbox and a number is bought.</summary>
    public sealed class HostRunTests
    {
        [Fact]
        public void The_example_walks_the_purchase_flow_and_buys_a_number()
        {
            var (exitCode, output, errors) = RunHost(Path.Combine(ModuleSession.RepoRoot, "examples", "Buy-NumberOnSandbox.ps1"));

            Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{errors}");
            Assert.Equal("", errors.Trim());
            foreach (var step in new[] { "== Regions of the US", "California", "Los Angeles", "usloc-", "== Reserve +1213", "== Buy +1213", "Purchased" })
            {
                Assert.Contains(step, output);
            }

            Assert.Matches(@"Bought \+1213\d{7} on the sandbox: Purchased\.", output);
            Assert.DoesNotContain("\u001b[", output);
        }

        [Fact]
        public void A_failing_command_exits_non_zero_with_the_error_on_stderr()
        {
            var (exitCode, _, errors) = RunHost("-Command", "Get-NumberReservation");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Connect-CallerIdProvider", errors);
        }

        private static (int ExitCode, string Output, string Errors) RunHost(params string[] arguments)
        {
#if DEBUG
            const string Configuration = "Debug";
#else
            const string Configuration = "Release";
#endif
            var host = Path.Combine(ModuleSession.RepoRoot, "src", "CallerIdPs.Host", "bin", Configuration, "net10.0", "callerid-host.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(host);
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(true);
                throw new TimeoutException("The host did not finish in two minutes.");
            }

            return (process.ExitCode, output.Result, errors.Result);
        }
    }
}

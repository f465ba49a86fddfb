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
            => BuiltApp.Run(BuiltApp.PathOf("src/CallerIdPs.Host", "callerid-host"), arguments);
    }
}

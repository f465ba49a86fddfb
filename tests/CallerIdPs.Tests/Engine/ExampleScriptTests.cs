using System.IO;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>The README's first command: the shipped example walks the purchase flow on the sandbox and buys a number.
    /// (tests/Pester runs it again in real pwsh, the way `build.ps1 -Task Example` does.)</summary>
    public sealed class ExampleScriptTests
    {
        [Fact]
        public void The_example_walks_the_purchase_flow_and_buys_a_number()
        {
            using var session = new ModuleSession();
            session.Host.Clear();

            var result = session.Run($"& '{Path.Combine(ModuleSession.RepoRoot, "examples", "Buy-NumberOnSandbox.ps1")}'");

            result.AssertNoErrors();
            var output = session.Host.Text;
            foreach (var step in new[] { "== Regions of the US", "California", "Los Angeles", "usloc-", "== Reserve +1213", "== Buy +1213", "Purchased" })
            {
                Assert.Contains(step, output);
            }

            Assert.Matches(@"Bought \+1213\d{7} on the sandbox: Purchased\.", output);
        }
    }
}

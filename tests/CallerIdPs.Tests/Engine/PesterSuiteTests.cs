using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// tests/Pester runs only where pwsh and Pester are (./build.ps1 -Task Test); here the engine's own parser at least
    /// keeps it valid PowerShell and keeps every exported cmdlet in it.
    /// </summary>
    public sealed class PesterSuiteTests
    {
        private static readonly string[] Suite = Directory.GetFiles(Path.Combine(ModuleSession.RepoRoot, "tests", "Pester"), "*.Tests.ps1");

        [Fact]
        public void The_suite_parses_without_errors()
        {
            foreach (var file in Suite)
            {
                Parser.ParseFile(file, out _, out var errors);

                Assert.Empty(errors.Select(e => $"{Path.GetFileName(file)}:{e.Extent.StartLineNumber}: {e.Message}"));
            }
        }

        [Fact]
        public void The_suite_runs_every_exported_cmdlet()
        {
            var called = Suite.SelectMany(file => Parser.ParseFile(file, out _, out _).FindAll(node => node is CommandAst, searchNestedScriptBlocks: true))
                .Cast<CommandAst>().Select(command => command.GetCommandName()).Where(name => name != null).ToHashSet();
            using var session = new ModuleSession();

            var missing = session.Run("Get-Command -Module CallerId").Objects<CommandInfo>().Select(c => c.Name).Except(called).ToList();

            Assert.True(missing.Count == 0, "Not in tests/Pester: " + string.Join(", ", missing));
        }
    }
}

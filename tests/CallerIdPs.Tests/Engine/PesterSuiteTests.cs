using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// tests/Pester is run by `build.ps1 -Task Test` in real pwsh (and so in CI). This keeps it honest from here: every
    /// exported cmdlet is called somewhere in it, so a new cmdlet cannot ship without a user-level test.
    /// </summary>
    public sealed class PesterSuiteTests
    {
        private static readonly string[] Suite = Directory.GetFiles(Path.Combine(ModuleSession.RepoRoot, "tests", "Pester"), "*.Tests.ps1", SearchOption.AllDirectories);

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

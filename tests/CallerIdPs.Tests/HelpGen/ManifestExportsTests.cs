using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CallerIdPs.HelpGen;

namespace CallerIdPs.Tests.HelpGen
{
    /// <summary>The build's check that CallerId.psd1 CmdletsToExport names exactly the assembly's [Cmdlet] classes.</summary>
    public sealed class ManifestExportsTests : IDisposable
    {
        private readonly string _manifest = Path.Combine(Path.GetTempPath(), "callerid-exports-" + Guid.NewGuid().ToString("N") + ".psd1");

        public void Dispose() => File.Delete(_manifest);

        [Fact]
        public void The_repository_manifest_is_read_in_full()
        {
            var names = ManifestExports.Read(Path.Combine(Engine.ModuleSession.RepoRoot, "CallerId.psd1"));

            Assert.Contains("Connect-CallerIdProvider", names);
            Assert.Contains("Get-CallerIdJournal", names);
            Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        [Fact]
        public void Matching_lists_have_no_problem()
        {
            var problems = Check("@(\n        'Get-Thing'\n        'Set-Thing'\n    )", "Get-Thing", "Set-Thing");

            Assert.Empty(problems);
        }

        [Fact]
        public void A_compiled_cmdlet_missing_from_the_manifest_is_reported()
        {
            var problems = Check("@('Get-Thing')", "Get-Thing", "Set-Thing");

            Assert.Contains(problems, p => p.Contains("lacks 'Set-Thing'"));
        }

        [Fact]
        public void An_exported_name_without_a_cmdlet_class_is_reported()
        {
            var problems = Check("@('Get-Thing', 'Remove-Thing')", "Get-Thing");

            Assert.Contains(problems, p => p.Contains("'Remove-Thing', which no [Cmdlet] class"));
        }

        private List<string> Check(string exports, params string[] compiled)
        {
            File.WriteAllText(_manifest, "@{\n    FunctionsToExport = @()\n    CmdletsToExport = " + exports + "\n    AliasesToExport = @()\n}\n");
            var problems = new List<string>();
            ManifestExports.Check(compiled.Select(Cmdlet), _manifest, problems);
            return problems;
        }

        private static CmdletModel Cmdlet(string name)
        {
            var parts = name.Split('-');
            return new CmdletModel(parts[0], parts[1], Array.Empty<ParameterModel>(), new[] { ParameterModel.AllSets }, Array.Empty<string>());
        }
    }
}

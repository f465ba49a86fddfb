using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.RegularExpressions;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>The manifest and the exported surface, as PowerShell itself reads them.</summary>
    public sealed class ModuleSurfaceTests : System.IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public void Dispose() => _session.Dispose();

        [Fact]
        public void The_manifest_passes_Test_ModuleManifest()
        {
            var result = _session.Run($"Test-ModuleManifest -Path '{ModuleSession.ModulePath}'");

            var module = result.Single<PSModuleInfo>();
            Assert.Equal("CallerId", module.Name);
            Assert.Equal(new System.Version(5, 1), module.PowerShellVersion);
            Assert.Contains("Desktop", module.CompatiblePSEditions);
            Assert.Contains("Core", module.CompatiblePSEditions);
        }

        [Fact]
        public void The_module_exports_exactly_the_cmdlet_classes_of_its_assembly()
        {
            var exported = _session.Run("Get-Command -Module CallerId").Objects<CommandInfo>().Select(c => c.Name).OrderBy(n => n).ToList();

            Assert.Equal(CompiledCmdlets(), exported);
        }

        [Fact]
        public void The_manifest_lists_exactly_the_cmdlet_classes_of_its_assembly()
        {
            var module = _session.Run($"Test-ModuleManifest -Path '{ModuleSession.ModulePath}'").Single<PSModuleInfo>();

            Assert.Equal(CompiledCmdlets(), module.ExportedCmdlets.Keys.OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void Every_cmdlet_has_the_name_the_design_page_gives_it()
        {
            var design = DesignPage();
            if (design == null)
            {
                return; // No design page beside this checkout (e.g. a CI machine): nothing to compare against.
            }

            var named = new HashSet<string>(Regex.Matches(File.ReadAllText(design), @"\b[A-Z][a-z]+-[A-Z][A-Za-z]+\b").Cast<Match>().Select(m => m.Value), StringComparer.Ordinal);
            Assert.All(CompiledCmdlets(), name => Assert.Contains(name, named));
        }

        [Fact]
        public void The_manifest_version_is_the_build_version()
        {
            var module = _session.Run($"Test-ModuleManifest -Path '{ModuleSession.ModulePath}'").Single<PSModuleInfo>();
            var built = AssemblyName.GetAssemblyName(Path.Combine(ModuleSession.ModuleFolder, "CallerIdPs.dll")).Version!;

            Assert.Equal(new Version(built.Major, built.Minor, built.Build), module.Version);
        }

        /// <summary>The one list of cmdlets: the [Cmdlet] classes compiled into the laid-out CallerIdPs.dll.</summary>
        private static List<string> CompiledCmdlets()
        {
            var assembly = Assembly.LoadFrom(Path.Combine(ModuleSession.ModuleFolder, "CallerIdPs.dll"));
            return assembly.GetExportedTypes()
                .Where(t => !t.IsAbstract)
                .Select(t => t.GetCustomAttribute<CmdletAttribute>(false))
                .Where(a => a != null)
                .Select(a => a!.VerbName + "-" + a.NounName)
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();
        }

        private static string? DesignPage()
        {
            for (var dir = new DirectoryInfo(ModuleSession.RepoRoot); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "design", "cmdlets.md");
                if (File.Exists(candidate)) return candidate;
            }

            return null;
        }

        [Fact]
        public void Spending_and_deleting_cmdlets_confirm_with_high_impact()
        {
            foreach (var name in new[] { "Invoke-NumberPurchase", "Remove-VirtualNumber", "Remove-NumberReservation", "Remove-CallerId" })
            {
                var command = _session.Run($"Get-Command {name}").Single<CmdletInfo>();
                var attribute = (CmdletAttribute)command.ImplementingType.GetCustomAttributes(typeof(CmdletAttribute), false).Single();
                Assert.True(attribute.SupportsShouldProcess, name);
                Assert.Equal(ConfirmImpact.High, attribute.ConfirmImpact);
                Assert.True(command.Parameters.ContainsKey("Force"), name + " -Force");
            }
        }

        [Fact]
        public void The_module_folder_holds_the_manifest_assemblies_format_file_and_help()
        {
            var folder = Path.GetDirectoryName(ModuleSession.ModulePath)!;

            foreach (var file in new[] { "CallerId.psd1", "CallerIdPs.dll", "CallerIdPs.Loader.dll", Path.Combine("Dependencies", "CallerIdPs.Core.dll"), Path.Combine("Dependencies", "CallerIdPs.Sandbox.dll"), "CallerId.Format.ps1xml", Path.Combine("Dependencies", "System.Text.Json.dll"), "CallerIdPs.dll-Help.xml", Path.Combine("en-US", "about_CallerId.help.txt") })
            {
                Assert.True(File.Exists(Path.Combine(folder, file)), file + " is missing from " + folder);
            }

            Assert.Empty(Directory.EnumerateFiles(folder, "System.Management.Automation.dll", SearchOption.AllDirectories));
        }
    }
}

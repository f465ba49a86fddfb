using System.IO;
using System.Linq;
using System.Management.Automation;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>The manifest and the exported surface, as PowerShell itself reads them.</summary>
    public sealed class ModuleSurfaceTests : System.IDisposable
    {
        private static readonly string[] ExportedCmdlets =
        {
            "Connect-CallerIdProvider", "Get-CallerIdConnection", "Disconnect-CallerIdProvider",
            "Get-CallerId", "New-CallerId", "Get-VirtualNumber", "Remove-VirtualNumber",
            "Get-NumberRegion", "Get-NumberCity", "Get-NumberType", "Get-NumberRequirement", "Find-NumberGroup",
            "Get-AvailableNumber", "New-NumberReservation", "Get-NumberReservation", "Remove-NumberReservation", "Invoke-NumberPurchase",
            "Start-CallerIdVerification", "Confirm-CallerIdVerification", "Set-CallerId", "Remove-CallerId",
            "Set-VirtualNumber", "Get-CallerIdJournal", "Get-NumberInventory",
        };

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
        public void Every_exported_cmdlet_is_in_the_manifest_and_nothing_else_is_exported()
        {
            var exported = _session.Run("Get-Command -Module CallerId").Objects<CommandInfo>().Select(c => c.Name).OrderBy(n => n).ToList();

            Assert.Equal(ExportedCmdlets.OrderBy(n => n), exported);
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

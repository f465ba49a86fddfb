using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CallerIdPs.Sandbox.TwoChat;
using CallerIdPs.Tests.Engine;

namespace CallerIdPs.Tests.Loading
{
    /// <summary>
    /// PowerShell 7 with another module that ships an older Microsoft.Extensions.DependencyInjection.Abstractions (6.0)
    /// than CallerId's (8.0), imported before or after CallerId. Each run is a process of its own (a bare engine that
    /// references nothing of CallerId, as pwsh), since this test process already has CallerId's dependencies loaded.
    /// </summary>
    public sealed class DependencyIsolationTests
    {
        private static readonly string Probe = BuiltApp.PathOf("tests/CallerIdPs.IsolationProbe", "CallerIdPs.IsolationProbe");
        private static readonly string ProbeFolder = Path.GetDirectoryName(Probe)!;
        private static readonly string SandboxCallerIds = $"caller IDs: {new TwoChatEmulatorOptions().CallerIdCount}";

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Both_modules_work_in_one_session_each_with_its_own_copy(bool callerIdFirst)
        {
            var (exitCode, output, errors) = RunScenario(ModuleSession.ModulePath, callerIdFirst);

            Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{errors}");
            Assert.Contains(SandboxCallerIds, output);
            Assert.Contains("script type: 6.0.0.0", output);
            Assert.Contains("loaded: 6.0.0.0 in DefaultAssemblyLoadContext", output);
            Assert.Contains("loaded: 8.0.0.0 in DependencyLoadContext", output);
        }

        /// <summary>
        /// The control: the same module laid out flat, without its loader (how it shipped before), breaks in the same
        /// scenario. Proves the scenario above is a real conflict, and the isolation is what solves it.
        /// </summary>
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Without_isolation_the_same_scenario_fails_to_load_a_dependency(bool callerIdFirst)
        {
            var flat = LayOutFlatModule();
            try
            {
                var (exitCode, output, errors) = RunScenario(Path.Combine(flat, "CallerId.psd1"), callerIdFirst);

                Assert.True(exitCode != 0, $"expected a load failure\n{output}");
                Assert.Matches(new Regex("FileLoadException: .*Microsoft.Extensions.DependencyInjection.Abstractions"), errors);
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(flat)!, recursive: true);
            }
        }

        private static (int ExitCode, string Output, string Errors) RunScenario(string callerIdManifest, bool callerIdFirst)
        {
            var arguments = new[]
            {
                Path.Combine(ProbeFolder, "ImportBesideOtherModule.ps1"),
                "-CallerIdManifest", Quote(callerIdManifest),
                "-OtherManifest", Quote(Path.Combine(ProbeFolder, "OtherModule", "OtherModule.psd1")),
            };
            return BuiltApp.Run(Probe, callerIdFirst ? arguments.Append("-CallerIdFirst").ToArray() : arguments);
        }

        private static string Quote(string path) => "'" + path.Replace("'", "''") + "'";

        /// <summary>out/CallerId with Dependencies/ moved to the top and no CallerIdPs.Loader nested module.</summary>
        private static string LayOutFlatModule()
        {
            var source = Path.GetDirectoryName(ModuleSession.ModulePath)!;
            var flat = Path.Combine(Path.GetTempPath(), "callerid-flat-" + Guid.NewGuid().ToString("N"), "CallerId");
            Directory.CreateDirectory(flat);
            foreach (var file in Directory.EnumerateFiles(source).Concat(Directory.EnumerateFiles(Path.Combine(source, "Dependencies"))))
            {
                if (!Path.GetFileName(file).StartsWith("CallerIdPs.Loader.", StringComparison.Ordinal))
                {
                    File.Copy(file, Path.Combine(flat, Path.GetFileName(file)));
                }
            }

            var manifest = Path.Combine(flat, "CallerId.psd1");
            File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(line => !line.TrimStart().StartsWith("NestedModules", StringComparison.Ordinal)));
            return flat;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace CallerIdPs.Benchmarks
{
    /// <summary>
    /// Import-Module in a fresh engine minus opening the bare engine, in fresh processes (a process imports a module
    /// once; later imports in the same process are warm and would flatter the module). The child is
    /// CallerIdPs.ImportProbe, a host that references nothing of CallerId, run on two builds of the same engine:
    /// precompiled (ReadyToRun, as pwsh ships System.Management.Automation) and as NuGet has it (IL only, compiled just
    /// in time, which makes the engine's own import machinery most of what is measured). An empty module (a manifest
    /// only) gives the engine's own floor for Import-Module on each.
    /// </summary>
    internal static class ImportCost
    {
        private const string ProbeProject = "tests/CallerIdPs.ImportProbe";
        private const string ProbeName = "CallerIdPs.ImportProbe";

        public sealed record Engines(Sample Precompiled, Sample JustInTime, int Runs);

        public sealed record Sample(double ImportMs, double EmptyModuleMs, double OpenMs);

        public static Engines Measure(int runs)
        {
            var precompiled = PublishPrecompiledProbe();
            var justInTime = Path.Combine(Engine.RepoRoot, ProbeProject, "bin", BuildConfiguration, "net10.0", ProbeName + ".dll");
            var empty = WriteEmptyModule();
            try
            {
                var results = new Dictionary<(string, string), (List<double> Imports, List<double> Opens)>();
                for (var i = 0; i < runs; i++)
                {
                    // Interleaved, so drift in the machine's load falls on every series alike.
                    foreach (var probe in new[] { precompiled, justInTime })
                    {
                        foreach (var module in new[] { Engine.ModulePath, empty })
                        {
                            var (open, import) = RunProbe(probe, module);
                            if (!results.TryGetValue((probe, module), out var series))
                            {
                                results[(probe, module)] = series = (new List<double>(), new List<double>());
                            }

                            series.Imports.Add(import);
                            series.Opens.Add(open);
                        }
                    }
                }

                Sample SampleOf(string probe) => new Sample(
                    Stats.Median(results[(probe, Engine.ModulePath)].Imports),
                    Stats.Median(results[(probe, empty)].Imports),
                    Stats.Median(results[(probe, Engine.ModulePath)].Opens));
                return new Engines(SampleOf(precompiled), SampleOf(justInTime), runs);
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(empty)!, recursive: true);
            }
        }

        private static string BuildConfiguration =>
#if DEBUG
            "Debug";
#else
            "Release";
#endif

        /// <summary>dotnet publish -p:PublishReadyToRun=true, once per run (incremental after the first).</summary>
        private static string PublishPrecompiledProbe()
        {
            var output = Path.Combine(Engine.RepoRoot, ProbeProject, "bin", "ReadyToRun");
            var (exitCode, log, errors) = Dotnet(
                "publish", Path.Combine(Engine.RepoRoot, ProbeProject), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
                "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", output, "-nologo", "-v", "q");
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"Publishing the precompiled import probe failed:\n{log}\n{errors}");
            }

            return Path.Combine(output, ProbeName + ".dll");
        }

        private static (double OpenMs, double ImportMs) RunProbe(string probe, string module)
        {
            var (exitCode, line, errors) = Dotnet(probe, module);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"{Path.GetFileName(probe)} could not import {module}:\n{errors}");
            }

            var parts = line.Trim().Split(' ');
            return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        private static (int ExitCode, string Output, string Errors) Dotnet(params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result, errors.Result);
        }

        private static string WriteEmptyModule()
        {
            var folder = Path.Combine(Path.GetTempPath(), "callerid-bench-" + Guid.NewGuid().ToString("N"), "Empty");
            Directory.CreateDirectory(folder);
            var manifest = Path.Combine(folder, "Empty.psd1");
            File.WriteAllText(manifest, "@{ ModuleVersion = '1.0.0'; GUID = '9a1c3c57-2a0e-4f0e-8a59-4d2b8f0e0001' }");
            return manifest;
        }
    }
}

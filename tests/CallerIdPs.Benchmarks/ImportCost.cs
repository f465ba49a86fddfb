using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace CallerIdPs.Benchmarks
{
    /// <summary>
    /// Import-Module in a fresh engine minus opening the bare engine, in fresh processes (a process imports a module
    /// once; later imports in the same process are warm and would flatter the module).
    /// </summary>
    internal static class ImportCost
    {
        public const string ProbeArgument = "--import-probe";

        /// <summary>Runs in the child process: prints "open_ms import_ms".</summary>
        public static void Probe()
        {
            var clock = Stopwatch.StartNew();
            using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            using (var warm = PowerShell.Create())
            {
                // The engine's first command compiles its own machinery; that is the engine's cost, not the module's.
                warm.Runspace = runspace;
                warm.AddScript("$null = 1").Invoke();
            }

            var opened = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            Engine.Invoke(runspace, $"Import-Module '{Engine.ModulePath}'");
            var imported = clock.Elapsed.TotalMilliseconds;
            if (Environment.GetEnvironmentVariable("CALLERID_BENCH_LIST_ASSEMBLIES") == "1")
            {
                foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies()) Console.Error.WriteLine(loaded.GetName().Name);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{opened:0.0} {imported:0.0}"));
        }

        public static (double MedianImportMs, double MedianOpenMs, int Runs) Measure(int runs)
        {
            var imports = new List<double>();
            var opens = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
                if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) || Environment.ProcessPath.EndsWith("dotnet.exe", StringComparison.Ordinal))
                {
                    start.ArgumentList.Add(typeof(ImportCost).Assembly.Location);
                }

                start.ArgumentList.Add(ProbeArgument);
                using var process = Process.Start(start)!;
                var line = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                var parts = line.Split(' ');
                opens.Add(double.Parse(parts[0], CultureInfo.InvariantCulture));
                imports.Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
            }

            return (Stats.Median(imports), Stats.Median(opens), runs);
        }
    }
}

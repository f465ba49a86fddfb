using System;
using System.Diagnostics;
using System.IO;
using CallerIdPs.Tests.Engine;

namespace CallerIdPs.Tests.Loading
{
    /// <summary>A console app of this solution, built beside the tests, run in a process of its own.</summary>
    internal static class BuiltApp
    {
#if DEBUG
        private const string Configuration = "Debug";
#else
        private const string Configuration = "Release";
#endif

        /// <summary>The built entry assembly of the project at <paramref name="projectFolder"/> (relative to the repo root).</summary>
        public static string PathOf(string projectFolder, string assemblyName)
            => Path.Combine(ModuleSession.RepoRoot, projectFolder, "bin", Configuration, "net10.0", assemblyName + ".dll");

        public static (int ExitCode, string Output, string Errors) Run(string app, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(app);
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(true);
                throw new TimeoutException($"{Path.GetFileName(app)} did not finish in two minutes.");
            }

            return (process.ExitCode, output.Result, errors.Result);
        }
    }
}

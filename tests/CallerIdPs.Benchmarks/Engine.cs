using System;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace CallerIdPs.Benchmarks
{
    /// <summary>The real PowerShell engine with the built module, as a user's session has it.</summary>
    internal static class Engine
    {
        public static string ModulePath
        {
            get
            {
                // Profiling variants of the module folder (without the format file, say) can be measured in place.
                var overridden = Environment.GetEnvironmentVariable("CALLERID_BENCH_MODULE");
                if (!string.IsNullOrEmpty(overridden)) return overridden;

                return Path.Combine(RepoRoot, "out", "CallerId", "CallerId.psd1");
            }
        }

        public static string RepoRoot
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "CallerIdPs.sln"))) dir = dir.Parent;
                return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
            }
        }

        public static Runspace OpenWithModule()
        {
            var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            Invoke(runspace, $"Import-Module '{ModulePath}'");
            return runspace;
        }

        public static void Invoke(Runspace runspace, string script)
        {
            using var shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript(script);
            shell.Invoke();
            if (shell.HadErrors)
            {
                throw new InvalidOperationException($"'{script}' failed: {string.Join("; ", shell.Streams.Error)}");
            }
        }

        public static SecureString Secure(string text)
        {
            var secure = new SecureString();
            foreach (var c in text) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }
    }
}

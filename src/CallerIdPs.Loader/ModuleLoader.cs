using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace CallerIdPs.Loading
{
    /// <summary>
    /// Runs when the module is imported. On Windows PowerShell 5.1 (.NET Framework) a module gets no binding redirects,
    /// so a dependency asking for System.Memory 4.0.1.1 while the module ships 4.0.1.2 would fail to load: the handler
    /// answers such requests with the assembly shipped beside the module. PowerShell 7 resolves them itself.
    /// </summary>
    public sealed class ModuleLoader : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string ModuleDirectory = Path.GetDirectoryName(typeof(ModuleLoader).Assembly.Location) ?? "";

        private static bool IsNetFramework => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        public void OnImport()
        {
            if (IsNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveShipped;
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            if (IsNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveShipped;
            }
        }

        private static Assembly? ResolveShipped(object? sender, ResolveEventArgs args)
        {
            var path = ShippedAssemblies.Find(ModuleDirectory, args.Name);
            return path == null ? null : Assembly.LoadFrom(path);
        }
    }
}

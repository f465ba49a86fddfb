using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace CallerIdPs.Loading
{
    /// <summary>
    /// Runs when the module is imported, as its first nested module, so before PowerShell reads the cmdlet assembly
    /// (whose parameter types come from CallerIdPs.Core). The module folder holds the cmdlet assembly and this one at
    /// its top; Core, the sandbox and every third-party dependency are in Dependencies/, where neither PowerShell nor
    /// .NET probes on their own, so each edition gets them in the way that keeps them apart from other modules' copies:
    /// - PowerShell 7: they load into a load context of their own (<see cref="DependencyIsolation"/>).
    /// - Windows PowerShell 5.1 (.NET Framework: one load context, no binding redirects for modules): a resolve
    ///   handler answers each request with the shipped file, whatever version was asked for.
    /// </summary>
    public sealed class ModuleLoader : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string ModuleDirectory = Path.GetDirectoryName(typeof(ModuleLoader).Assembly.Location) ?? "";
        private static readonly string DependencyDirectory = Path.Combine(ModuleDirectory, "Dependencies");
        private static readonly string[] SearchedDirectories = { ModuleDirectory, DependencyDirectory };

        private static bool IsNetFramework => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        public void OnImport()
        {
            if (IsNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveShipped;
            }
#if !NETFRAMEWORK
            else
            {
                InstallIsolation();
            }
#endif
        }

#if !NETFRAMEWORK
        /// <summary>
        /// Kept out of <see cref="OnImport"/> so that compiling OnImport on .NET Framework never meets the load-context
        /// types, which only exist on .NET.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static void InstallIsolation() => DependencyIsolation.Install(DependencyDirectory);
#endif

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            if (IsNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveShipped;
            }
        }

        private static Assembly? ResolveShipped(object? sender, ResolveEventArgs args)
        {
            var path = ShippedAssemblies.Find(SearchedDirectories, args.Name);
            return path == null ? null : Assembly.LoadFrom(path);
        }
    }
}

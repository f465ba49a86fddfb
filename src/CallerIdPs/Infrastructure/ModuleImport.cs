using System;
using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Runs when PowerShell imports the cmdlet assembly, after the loader (a nested module, imported first) has made
    /// CallerIdPs.Core loadable: starts compiling the first connect in the background (<see cref="Connections.ConnectWarmUp"/>).
    /// The import never depends on it.
    /// </summary>
    public sealed class ModuleImport : IModuleAssemblyInitializer
    {
        public void OnImport()
        {
            try
            {
                StartWarmUp();
            }
            catch (Exception)
            {
                // Core could not be loaded here: the first command that needs it says why.
            }
        }

        // Its own method, so that loading Core happens inside the try above.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void StartWarmUp() => Connections.ConnectWarmUp.Start();
    }
}

using System.Management.Automation;

namespace CallerIdPs.Infrastructure
{
    /// <summary>Remove-Module closes the connections the module opened in that runspace: no pipeline or pacer outlives the module.</summary>
    public sealed class ModuleCleanup : IModuleAssemblyCleanup
    {
        public void OnRemove(PSModuleInfo psModuleInfo) => ConnectionRegistry.Current.CloseAll("was closed when the module was removed (Remove-Module CallerId)");
    }
}

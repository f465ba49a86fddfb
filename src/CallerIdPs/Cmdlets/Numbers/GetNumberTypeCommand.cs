using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.Numbers
{
    [ConnectionCapability(ProviderCapability.NumberCatalog)]
    [Cmdlet(VerbsCommon.Get, "NumberType")]
    [OutputType(typeof(DidType))]
    public sealed class GetNumberTypeCommand : ConnectedCmdlet
    {
        protected override void ProcessRecord()
        {
            var connections = ReadConnections(Connection, DeclaredCapability);
            if (connections.Count == 0) return;
            if (ReadEach(connections, null, (c, ct) => c.ClientAs<INumberCatalog>().ListNumberTypesAsync(ct)).NothingFound)
            {
                WriteWarning($"{ProviderList.Of(connections)} listed no number types.");
            }
        }
    }
}

using System.Linq;
using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.Numbers
{
    [ConnectionCapability(ProviderCapability.ReserveNumbers)]
    [Cmdlet(VerbsCommon.Get, "NumberReservation")]
    [OutputType(typeof(NumberReservation))]
    public sealed class GetNumberReservationCommand : ConnectedCmdlet
    {
        protected override void ProcessRecord()
        {
            var connections = ReadConnections(Connection, DeclaredCapability);
            if (connections.Count == 0) return;
            if (ReadEach(connections, null, (c, ct) => c.ClientAs<INumberReservations>().ListReservationsAsync(ct)).NothingFound)
            {
                WriteWarning($"No active reservations on {string.Join(", ", connections.Select(c => c.Name))}.");
            }
        }
    }
}

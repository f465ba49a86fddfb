using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.Numbers
{
    [ConnectionCapability(ProviderCapability.NumberCatalog)]
    [Cmdlet(VerbsCommon.Get, "NumberCity")]
    [OutputType(typeof(NumberCity))]
    public sealed class GetNumberCityCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CountryCompleter))]
        public string Country { get; set; } = "";

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(NumberRegionCompleter))]
        [EmptyAsNull]
        public int? RegionId { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)RegionId ?? Country;
            var connections = ReadConnections(Connection, DeclaredCapability, target);
            if (connections.Count == 0) return;
            var outcome = ReadEach(connections, target, (c, ct) => c.ClientAs<INumberCatalog>().ListCitiesAsync(Country, RegionId, ct));
            if (outcome.NothingFound)
            {
                WriteWarning($"{ProviderList.Of(connections)} lists no cities for '{Country}'{(RegionId.HasValue ? $" in region {RegionId}" : "")}.");
            }
        }
    }
}

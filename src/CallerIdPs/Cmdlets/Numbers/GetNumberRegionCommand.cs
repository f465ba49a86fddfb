using System.Linq;
using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.Numbers
{
    [ConnectionCapability(ProviderCapability.NumberCatalog)]
    [Cmdlet(VerbsCommon.Get, "NumberRegion")]
    [OutputType(typeof(NumberRegion))]
    public sealed class GetNumberRegionCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CountryCompleter))]
        public string Country { get; set; } = "";

        protected override void ProcessRecord()
        {
            var connections = ReadConnections(Connection, DeclaredCapability, Country);
            if (connections.Count == 0) return;
            var outcome = ReadEach(connections, Country, (c, ct) => c.ClientAs<INumberCatalog>().ListRegionsAsync(Country, ct));
            if (outcome.NothingFound)
            {
                // Each catalog says which countries it sorts by region.
                var withRegions = ProviderList.Join(connections.Select(c => c.Client).OfType<INumberCatalog>().SelectMany(c => c.CountriesWithRegions), "and");
                WriteWarning($"{ProviderList.Of(connections)} lists no regions for '{Country}'. Regions exist for {withRegions}; elsewhere search groups by country alone (Find-NumberGroup -Country {Country.ToUpperInvariant()}).");
            }
        }
    }
}

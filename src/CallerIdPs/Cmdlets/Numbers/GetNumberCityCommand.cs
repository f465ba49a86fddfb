using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.Numbers
{
    /// <summary><para type="synopsis">Lists the cities of a country, or of one region, where 2Chat sells numbers. Takes regions from the pipeline.</para></summary>
    [Cmdlet(VerbsCommon.Get, "NumberCity")]
    [OutputType(typeof(NumberCity))]
    public sealed class GetNumberCityCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CountryCompleter))]
        public string Country { get; set; } = "";

        /// <summary><para type="description">Only the cities of this region (Get-NumberRegion lists them).</para></summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(NumberRegionCompleter))]
        [EmptyAsNull]
        public int? RegionId { get; set; }

        protected override void ProcessRecord()
        {
            var target = (object?)RegionId ?? Country;
            var connections = ReadConnections(Connection, ProviderCapability.NumberCatalog, target);
            if (connections.Count == 0) return;
            var outcome = ReadEach(connections, target, (c, ct) => c.ClientAs<INumberCatalog>().ListCitiesAsync(Country, RegionId, ct));
            if (outcome.NothingFound)
            {
                WriteWarning($"{ProviderList.Of(connections)} lists no cities for '{Country}'{(RegionId.HasValue ? $" in region {RegionId}" : "")}.");
            }
        }
    }
}

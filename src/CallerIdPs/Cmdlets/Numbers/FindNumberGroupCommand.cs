using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.Numbers
{
    [ConnectionCapability(ProviderCapability.NumberCatalog)]
    [Cmdlet(VerbsCommon.Find, "NumberGroup")]
    [OutputType(typeof(NumberGroup))]
    public sealed class FindNumberGroupCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CountryCompleter))]
        public string Country { get; set; } = "";

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(NumberRegionCompleter))]
        [EmptyAsNull]
        public int? RegionId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        [ArgumentCompleter(typeof(NumberCityIdCompleter))]
        public int? CityId { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NumberCityCompleter))]
        public string? City { get; set; }

        [Parameter]
        [ProviderSpelling(typeof(NumberType))]
        public NumberType? Type { get; set; }

        [Parameter]
        [ProviderSpelling(typeof(NumberFeature))]
        public NumberFeature[]? Feature { get; set; }

        [Parameter]
        [ValidateRange(0, 100000)]
        public decimal? MaxMonthlyPrice { get; set; }

        protected override void ProcessRecord()
        {
            var query = new NumberGroupQuery
            {
                Country = Country,
                RegionId = RegionId,
                CityId = CityId,
                CityNameOrPrefix = City,
                Type = Type,
                Features = Feature ?? new NumberFeature[0],
                MaxMonthlyPrice = MaxMonthlyPrice,
            };
            var connections = ReadConnections(Connection, DeclaredCapability, Country);
            if (connections.Count == 0) return;
            if (ReadEach(connections, Country, (c, ct) => c.ClientAs<INumberCatalog>().FindGroupsAsync(query, ct)).NothingFound)
            {
                WriteWarning($"No {ProviderList.Of(connections)} number groups match ({query.Describe()}).");
            }
        }
    }
}

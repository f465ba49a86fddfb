using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.Numbers
{
    [ConnectionCapability(ProviderCapability.NumberCatalog)]
    [Cmdlet(VerbsCommon.Get, "NumberRequirement")]
    [OutputType(typeof(NumberRequirement))]
    public sealed class GetNumberRequirementCommand : ConnectedCmdlet
    {
        /// <summary>A piped group answers with its own requirements (each naming the group), without a request.</summary>
        [Parameter(ValueFromPipeline = true)]
        public NumberGroup? Group { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CountryCompleter))]
        public string Country { get; set; } = "";

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ProviderSpelling(typeof(NumberType))]
        public NumberType Type { get; set; }

        protected override void ProcessRecord()
        {
            if (Group != null)
            {
                WriteObject(Group.Requirements, true);
                if (Group.Requirements.Count == 0) WriteWarning($"Group {Group.GroupId} lists no requirements: no documents are needed.");
                return;
            }

            var connections = ReadConnections(Connection, DeclaredCapability, Country);
            if (connections.Count == 0) return;
            if (ReadEach(connections, Country, (c, ct) => c.ClientAs<INumberCatalog>().ListRequirementsAsync(Country, Type, ct)).NothingFound)
            {
                WriteWarning($"{ProviderList.Of(connections)} lists no requirements for {Type.ToString().ToLowerInvariant()} numbers in {Country.ToUpperInvariant()}: no documents are needed.");
            }
        }
    }
}

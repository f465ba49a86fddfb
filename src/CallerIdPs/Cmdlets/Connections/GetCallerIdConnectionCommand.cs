using System.Linq;
using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;

namespace CallerIdPs.Cmdlets.Connections
{
    [Cmdlet(VerbsCommon.Get, "CallerIdConnection")]
    [OutputType(typeof(CallerIdConnection))]
    public sealed class GetCallerIdConnectionCommand : CallerIdCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public string[]? Name { get; set; }

        protected override void ProcessRecord()
        {
            var all = Registry.All;
            if (Name == null)
            {
                WriteObject(all, enumerateCollection: true);
                return;
            }

            foreach (var name in Name)
            {
                var matches = ConnectionRegistry.Matching(name);
                if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
                {
                    WriteFailure(new CallerIdException(CallerIdErrorKind.NotFound, $"There is no connection named '{name}'.", "Get-CallerIdConnection with no name lists them all."), name);
                }

                WriteObject(matches, enumerateCollection: true);
            }
        }
    }
}

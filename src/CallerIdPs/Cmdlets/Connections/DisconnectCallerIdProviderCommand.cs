using System.Linq;
using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;

namespace CallerIdPs.Cmdlets.Connections
{
    [Cmdlet(VerbsCommunications.Disconnect, "CallerIdProvider")]
    [OutputType(typeof(void))]
    public sealed class DisconnectCallerIdProviderCommand : CallerIdCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public string[]? Name { get; set; }

        protected override void ProcessRecord()
        {
            var names = Name ?? new[] { "*" };
            foreach (var name in names)
            {
                var matches = ConnectionRegistry.Matching(name);
                if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
                {
                    WriteFailure(new CallerIdException(CallerIdErrorKind.NotFound, $"There is no connection named '{name}'.", "Get-CallerIdConnection lists the open connections."), name);
                    continue;
                }

                foreach (var connection in matches)
                {
                    if (ConnectionRegistry.Close(connection))
                    {
                        WriteVerbose($"Disconnected '{connection.Name}' ({connection.ProviderName}).");
                    }
                }
            }
        }
    }
}

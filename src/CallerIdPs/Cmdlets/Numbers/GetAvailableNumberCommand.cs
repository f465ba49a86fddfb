using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers.IdentityCall;
using CallerIdPs.Providers.TwoChat;
using CallerIdPs.Validation;

namespace CallerIdPs.Cmdlets.Numbers
{
    /// <summary><para type="synopsis">Lists numbers that can be bought now: a 2Chat group's numbers (pipe the group in; -Contains for vanity digits),
    /// or IdentityCall's numbers of a country and type (-Country, -Type).</para></summary>
    [Cmdlet(VerbsCommon.Get, "AvailableNumber", DefaultParameterSetName = GroupSet)]
    [OutputType(typeof(AvailableNumber))]
    public sealed class GetAvailableNumberCommand : ConnectedCmdlet
    {
        private const string GroupSet = "Group";
        private const string CountrySet = "Country";

        // The group object and its id share one parameter set: with two pipeline sets PowerShell settles on one before it
        // sees the input, and a CSV row or [pscustomobject]@{GroupId=...} then fails to bind. Which one was given is checked below.

        /// <summary><para type="description">A 2Chat group from Find-NumberGroup; its prices and requirements travel with the numbers.</para></summary>
        [Parameter(ParameterSetName = GroupSet, ValueFromPipeline = true)]
        public NumberGroup? Group { get; set; }

        /// <summary><para type="description">The 2Chat group's id (e.g. usloc-558); binds from the GroupId of piped objects and CSV rows.</para></summary>
        [Parameter(ParameterSetName = GroupSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? GroupId { get; set; }

        /// <summary><para type="description">Only numbers containing these digits (vanity search), e.g. 555.</para></summary>
        [Parameter(ParameterSetName = GroupSet)]
        [ValidateNotNullOrEmpty]
        public string? Contains { get; set; }

        /// <summary><para type="description">IdentityCall: the country whose numbers to list (ISO 3166 two-letter code, e.g. US).</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = CountrySet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CountryCompleter))]
        public string? Country { get; set; }

        /// <summary><para type="description">IdentityCall: Mobile, Local, TollFree or National ('toll-free' works too). Left out, IdentityCall lists mobile numbers.</para></summary>
        [Parameter(ParameterSetName = CountrySet)]
        [ProviderSpelling(typeof(NumberType))]
        public NumberType? Type { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == CountrySet)
            {
                ListForSale();
                return;
            }

            var groupId = Group?.Id ?? GroupId;
            var target = (object?)Group ?? GroupId;
            if (groupId == null)
            {
                WriteFailure(CallerIdException.InvalidInputFor("Say which numbers: pipe a group from Find-NumberGroup, give -GroupId (2Chat), or -Country (IdentityCall).", null), null);
                return;
            }

            if (Group != null && !Group.AllowNumberSelection && MyInvocation.ExpectingInput)
            {
                // A search over piped groups: a group that sells only random numbers has nothing to list, which is not an error.
                WriteWarning($"Group {groupId} ({Group.Location}) does not let you choose a number, so it was skipped; pipe it to New-NumberReservation for a random one.");
                return;
            }

            var connection = SingleConnection(Connection, ProviderCapability.ListAvailableNumbers, target, ProviderKind.TwoChat);
            if (connection == null) return;
            var outcome = ReadEach(new[] { connection }, target, (c, ct) => c.ClientAs<TwoChatClient>().ListAvailableNumbersAsync(groupId, Group, Contains, ct));
            if (outcome.NothingFound)
            {
                WriteWarning(Contains == null
                    ? $"Group {groupId} has no numbers available right now."
                    : $"No available number of group {groupId} contains '{Contains}'.");
            }
        }

        /// <summary>IdentityCall: every IdentityCall connection (or the one given) lists its numbers of the country and type.</summary>
        private void ListForSale()
        {
            // The type is checked too: IdentityCall does not sell every type the module knows.
            if (!TryCheck(() => { var code = Guard.Country(Country); if (Type.HasValue) IdentityCallClient.TypeName(Type.Value); return code; }, Country, out var country)) return;

            if (Connection != null && !Connection.IsUnknown && Connection.Provider != ProviderKind.IdentityCall)
            {
                WriteFailure(CallerIdException.InvalidInputFor(
                    $"-Country and -Type list IdentityCall's numbers; the connection '{Connection.Name}' is {Connection.ProviderName}. For 2Chat, pipe a group from Find-NumberGroup to Get-AvailableNumber.",
                    Connection.Name), Connection.Name);
                return;
            }

            var connections = ReadConnections(Connection, ProviderCapability.ListAvailableNumbers, country, ProviderKind.IdentityCall);
            if (connections.Count == 0) return;
            var type = Type;
            if (ReadEach(connections, country, (c, ct) => c.ClientAs<IdentityCallClient>().ListAvailableNumbersAsync(country, type, ct)).NothingFound)
            {
                WriteWarning($"IdentityCall has no numbers for sale ({IdentityCallClient.DescribeSearch(country, type)}).");
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Validation;

namespace CallerIdPs.Cmdlets.Numbers
{
    [ConnectionCapability(ProviderCapability.ListAvailableNumbers)]
    [Cmdlet(VerbsCommon.Get, "AvailableNumber", DefaultParameterSetName = GroupSet)]
    [OutputType(typeof(AvailableNumber))]
    public sealed class GetAvailableNumberCommand : ConnectedCmdlet
    {
        private const string GroupSet = "Group";
        private const string CountrySet = "Country";

        // The group object and its id share one parameter set: with two pipeline sets PowerShell settles on one before it
        // sees the input, and a CSV row or [pscustomobject]@{GroupId=...} then fails to bind. Which one was given is checked below.

        [Parameter(ParameterSetName = GroupSet, ValueFromPipeline = true)]
        public NumberGroup? Group { get; set; }

        [Parameter(ParameterSetName = GroupSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NumberGroupIdCompleter))]
        public string? GroupId { get; set; }

        [Parameter(ParameterSetName = GroupSet)]
        [ValidateNotNullOrEmpty]
        public string? Contains { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = CountrySet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CountryCompleter))]
        public string? Country { get; set; }

        // Text spelled as a NumberType, not the enum: PowerShell completes an enum with all its members (before any
        // completer), and the connections sell only some. The transformation still refuses any other spelling at binding.
        [Parameter(ParameterSetName = CountrySet)]
        [ProviderSpelling(typeof(NumberType))]
        [ArgumentCompleter(typeof(SoldNumberTypeCompleter))]
        public string? Type { get; set; }

        [Parameter(ParameterSetName = CountrySet)]
        [ValidateNotNullOrEmpty]
        public string? StartsWith { get; set; }

        [Parameter(ParameterSetName = CountrySet)]
        [ValidateNotNullOrEmpty]
        public string? Region { get; set; }

        [Parameter(ParameterSetName = CountrySet)]
        [ValidateNotNullOrEmpty]
        public string? City { get; set; }

        // Text with a set, not NumberFeature: PowerShell completes an enum with all its members, and the -Country search filters on these three only.
        [Parameter(ParameterSetName = CountrySet)]
        [ValidateSet("Voice", "Sms", "Mms", IgnoreCase = true)]
        public string[]? Service { get; set; }

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
                WriteNothingToActOn($"Say which numbers: pipe a group from Find-NumberGroup, give -GroupId ({ProviderList.ThatCan(ProviderCapability.NumberCatalog, "or")}), or -Country ({ProviderList.Implementing<IAvailableNumberSource>("or")}).");
                return;
            }

            if (Group != null && !Group.AllowNumberSelection && MyInvocation.ExpectingInput)
            {
                // A search over piped groups: a group that sells only random numbers has nothing to list, which is not an error.
                WriteWarning($"Group {groupId} ({Group.Location}) does not let you choose a number, so it was skipped; pipe it to New-NumberReservation for a random one.");
                return;
            }

            var connection = SingleConnection(Connection, DeclaredCapability, target, parameters: ProviderCapability.NumberCatalog);
            if (connection == null) return;
            var outcome = ReadEach(new[] { connection }, target, (c, ct) => c.ClientAs<INumberCatalog>().ListAvailableNumbersAsync(groupId, Group, Contains, ct));
            if (outcome.NothingFound)
            {
                WriteWarning(Contains == null
                    ? $"Group {groupId} has no numbers available right now."
                    : $"No available number of group {groupId} contains '{Contains}'.");
            }
        }

        /// <summary>-Country: every connection that sells numbers by country (or the one given) searches; one that lacks a filter asked for is skipped.</summary>
        private void ListForSale()
        {
            if (!TryCheck(() => Guard.Country(Country), Country, out var country)) return;
            var search = new NumberSearch(country) { Type = Type == null ? (NumberType?)null : (NumberType)System.Enum.Parse(typeof(NumberType), Type, ignoreCase: true), StartsWith = StartsWith, Region = Region, City = City, Services = (Service ?? new string[0]).Select(s => NumberFeatures.Parse(s)!.Value).ToList() };

            if (Connection != null && !Connection.IsUnknown && !(Connection.Client is IAvailableNumberSource))
            {
                WriteFailure(CallerIdException.InvalidInputFor(
                    $"-Country lists {ProviderList.Implementing<IAvailableNumberSource>(possessive: true)} numbers; the connection '{Connection.Name}' is {Connection.ProviderName}. For {ProviderList.ThatCan(ProviderCapability.NumberCatalog)}, pipe a group from Find-NumberGroup to Get-AvailableNumber.",
                    Connection.Name), Connection.Name);
                return;
            }

            var open = ReadConnections(Connection, DeclaredCapability, country);
            if (open.Count == 0) return;
            var candidates = open.Where(c => c.Client is IAvailableNumberSource).ToList();
            if (candidates.Count == 0)
            {
                WriteFailure(new CallerIdException(
                    CallerIdErrorKind.NotConnected,
                    $"-Country lists {ProviderList.Implementing<IAvailableNumberSource>(possessive: true)} numbers, and none of the open connections ({string.Join(", ", open.Select(c => c.Name))}) is one.",
                    $"For {ProviderList.ThatCan(ProviderCapability.NumberCatalog)}, pipe a group from Find-NumberGroup to Get-AvailableNumber; or connect to {ProviderList.Implementing<IAvailableNumberSource>("or")}."), country);
                return;
            }

            if (!TryCheck(() => AnsweringConnections.Of(candidates, c => c.ClientAs<IAvailableNumberSource>().CannotAnswer(search), search.ToString, WriteVerbose), null, out var connections)) return;
            var written = 0;
            Run(country, async (output, ct) =>
            {
                foreach (var connection in connections)
                {
                    string? reason = null;
                    var before = written;
                    try
                    {
                        await foreach (var number in connection.ClientAs<IAvailableNumberSource>().StreamAvailableNumbers(search, r => reason = r, ct))
                        {
                            await output.WriteObjectAsync(number).ConfigureAwait(false);
                            written++;
                        }

                        if (written == before)
                        {
                            // Nothing for sale is an answer, not a failure: the provider's own reason, when it gives one.
                            var on = connection.Name == connection.ProviderName ? "" : $" on '{connection.Name}'";
                            output.WriteWarning($"{connection.ProviderName}{on} has no numbers for sale ({search}){(reason == null ? "." : ": " + reason)}");
                        }
                    }
                    catch (CallerIdException error)
                    {
                        output.WriteError(error, country);
                    }
                }
            });
        }
    }
}

using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Cmdlets.Numbers
{
    /// <summary><para type="synopsis">Lists numbers that can be bought now: a 2Chat group's numbers (pipe the group in; -Contains for vanity digits).</para></summary>
    [Cmdlet(VerbsCommon.Get, "AvailableNumber", DefaultParameterSetName = GroupSet)]
    [OutputType(typeof(AvailableNumber))]
    public sealed class GetAvailableNumberCommand : ConnectedCmdlet
    {
        private const string GroupSet = "Group";
        private const string GroupIdSet = "GroupId";

        /// <summary><para type="description">A 2Chat group from Find-NumberGroup; its prices and requirements travel with the numbers.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = GroupSet, ValueFromPipeline = true)]
        public NumberGroup? Group { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = GroupIdSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? GroupId { get; set; }

        /// <summary><para type="description">Only numbers containing these digits (vanity search), e.g. 555.</para></summary>
        [Parameter(ParameterSetName = GroupSet)]
        [Parameter(ParameterSetName = GroupIdSet)]
        [ValidateNotNullOrEmpty]
        public string? Contains { get; set; }

        protected override void ProcessRecord()
        {
            var groupId = Group?.Id ?? GroupId!;
            var target = (object?)Group ?? GroupId;
            if (Group != null && !Group.AllowNumberSelection && MyInvocation.ExpectingInput)
            {
                // A search over piped groups: a group that sells only random numbers has nothing to list, which is not an error.
                WriteWarning($"Group {groupId} ({Group.Location}) does not let you choose a number, so it was skipped; pipe it to New-NumberReservation for a random one.");
                return;
            }

            var connection = SingleConnection(Connection, ProviderCapability.ListAvailableNumbers, target);
            if (connection == null) return;
            var outcome = ReadEach(new[] { connection }, target, (c, ct) => c.ClientAs<TwoChatClient>().ListAvailableNumbersAsync(groupId, Group, Contains, ct));
            if (outcome.NothingFound)
            {
                WriteWarning(Contains == null
                    ? $"Group {groupId} has no numbers available right now."
                    : $"No available number of group {groupId} contains '{Contains}'.");
            }
        }
    }
}

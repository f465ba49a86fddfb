using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using CallerIdPs.Completion;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Validation;

namespace CallerIdPs.Cmdlets.VirtualNumbers
{
    [ConnectionCapability(ProviderCapability.ListVirtualNumbers)]
    [Cmdlet(VerbsCommon.Get, "VirtualNumber", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(VirtualNumber))]
    public sealed class GetVirtualNumberCommand : ConnectedCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";
        private const string PhoneNumberSet = "PhoneNumber";

        [Parameter(Mandatory = true, ParameterSetName = IdSet, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("VirtualNumberId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VirtualNumberIdCompleter))]
        public string? Id { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = PhoneNumberSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OwnedPhoneNumberCompleter))]
        public string? PhoneNumber { get; set; }

        protected override void ProcessRecord()
        {
            string? phone = null;
            if (PhoneNumber != null && !TryCheck(() => Guard.PhoneNumber(PhoneNumber), PhoneNumber, out phone)) return;
            var connections = ReadConnections(Connection, DeclaredCapability, (object?)Id ?? PhoneNumber);
            if (connections.Count == 0)
            {
                return;
            }

            if (Id != null)
            {
                GetOne(connections);
                return;
            }

            if (phone != null)
            {
                FindByNumber(connections, phone);
                return;
            }

            var written = 0;
            Run(null, async (output, ct) =>
            {
                foreach (var connection in connections)
                {
                    try
                    {
                        await foreach (var number in connection.ClientAs<IVirtualNumberSource>().StreamVirtualNumbers(ct))
                        {
                            await output.WriteObjectAsync(number).ConfigureAwait(false);
                            written++;
                        }
                    }
                    catch (CallerIdException error)
                    {
                        output.WriteError(error, connection.Name);
                    }
                }
            });

            if (written == 0)
            {
                WriteWarning($"No virtual numbers on {string.Join(", ", connections.Select(c => c.Name))}.");
            }
        }

        /// <summary>Asks each connection whether it owns the number: Plivo looks it up, the others search their list.</summary>
        private void FindByNumber(System.Collections.Generic.IReadOnlyList<CallerIdConnection> connections, string phone)
        {
            var outcome = ReadEach<VirtualNumber>(connections, phone, async (c, ct) =>
            {
                var number = await OwnedNumbers.FindAsync(c.ClientAs<IVirtualNumberSource>(), phone, ct).ConfigureAwait(false);
                return number == null ? new VirtualNumber[0] : new[] { number };
            });
            if (outcome.NothingFound)
            {
                WriteWarning($"{phone} is not a virtual number on {string.Join(", ", connections.Select(c => c.Name))}.");
            }
        }

        private void GetOne(System.Collections.Generic.IReadOnlyList<CallerIdConnection> connections)
        {
            var id = Id!;
            // Providers spell their ids differently (a prefix, digits only), so an id alone often says whose it is.
            var issuers = connections.Where(c => c.ClientAs<IVirtualNumberSource>().RecognizesId(id)).ToList();
            if (issuers.Count > 0)
            {
                connections = issuers;
            }

            if (connections.Count > 1)
            {
                WriteFailure(new CallerIdException(
                    CallerIdErrorKind.ConnectionAmbiguous,
                    $"Ids belong to one account, and {connections.Count} connections list virtual numbers: {string.Join(", ", connections.Select(c => c.Name))}.",
                    $"Say which one with -Connection, e.g. -Connection {connections[0].Name}."), id);
                return;
            }

            if (Run(id, (output, ct) => connections[0].ClientAs<IVirtualNumberSource>().GetVirtualNumberAsync(id, ct), out var number))
            {
                WriteObject(number);
            }
        }
    }
}

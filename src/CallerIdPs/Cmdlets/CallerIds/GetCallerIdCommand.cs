using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Completion;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Validation;

namespace CallerIdPs.Cmdlets.CallerIds
{
    [Cmdlet(VerbsCommon.Get, "CallerId", SupportsPaging = true)]
    [OutputType(typeof(CallerId))]
    public sealed class GetCallerIdCommand : ConnectedCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PhoneNumber { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CountryCompleter))]
        public string? Country { get; set; }

        [Parameter]
        [ProviderSpelling(typeof(CallerIdType))]
        public CallerIdType[]? Type { get; set; }

        [Parameter]
        public SwitchParameter Verified { get; set; }

        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Alias { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Subaccount { get; set; }

        [Parameter]
        public DateTime? CreatedAfter { get; set; }

        [Parameter]
        public AppleCallerIdState[]? State { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DepartmentCompleter))]
        public string? Department { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Id { get; set; }

        [Parameter]
        public DateTime? UpdatedAfter { get; set; }

        private readonly List<(CallerIdConnection? Connection, string PhoneNumber)> _piped = new List<(CallerIdConnection?, string)>();

        protected override void ProcessRecord()
        {
            if (MyInvocation.ExpectingInput)
            {
                CollectPiped();
                return;
            }

            if (!TryCheck(BuildQuery, null, out var query)) return;
            var connections = ReadConnections(Connection, ProviderCapability.ListCallerIds);
            if (connections.Count == 0) return;
            List(connections.Select(c => (c, query)).ToList());
        }

        /// <summary>
        /// Piped objects select by their PhoneNumber: collected here and looked up in EndProcessing, one pass per connection,
        /// so N piped numbers give at most N caller IDs and never N listings of the account.
        /// </summary>
        private void CollectPiped()
        {
            if (PhoneNumber == null)
            {
                WriteFailure(CallerIdException.InvalidInputFor("The piped object has no PhoneNumber, so it selects no caller ID (pipe caller IDs, virtual numbers or CSV rows with a PhoneNumber column).", null), null);
                return;
            }

            if (!TryCheck(() => Guard.PhoneNumber(PhoneNumber), PhoneNumber, out var number)) return;

            // The object's own connection when it lists caller IDs (a caller ID, a virtual number that is also one); otherwise every connection that does.
            var connection = Connection != null && (GivenOnCommandLine(nameof(Connection)) || Connection.IsUnknown || Connection.Supports(ProviderCapability.ListCallerIds)) ? Connection : null;
            _piped.Add((connection, number));
        }

        protected override void EndProcessing()
        {
            if (_piped.Count == 0) return;
            if (!TryCheck(BuildQuery, null, out var filters)) return;
            var perConnection = new Dictionary<CallerIdConnection, HashSet<string>>();
            foreach (var group in _piped.GroupBy(p => p.Connection))
            {
                foreach (var connection in ReadConnections(group.Key, ProviderCapability.ListCallerIds, group.First().PhoneNumber))
                {
                    if (!perConnection.TryGetValue(connection, out var numbers)) perConnection[connection] = numbers = new HashSet<string>(StringComparer.Ordinal);
                    numbers.UnionWith(group.Select(p => p.PhoneNumber));
                }
            }

            List(perConnection.Select(pair => (pair.Key, filters.ForNumbers(pair.Value))).ToList());
        }

        private void List(IReadOnlyList<(CallerIdConnection Connection, CallerIdQuery Query)> work)
        {
            var listing = new Listing(PagingParameters.Skip, PagingParameters.First);
            Run(null, async (output, ct) =>
            {
                var progress = new ProgressReporter(this, output.WriteProgress, 1, "Listing caller IDs");
                try
                {
                    foreach (var (connection, query) in work)
                    {
                        if (await ListFromAsync(connection, query, listing, output, progress, ct).ConfigureAwait(true)) break;
                    }
                }
                finally
                {
                    progress.Complete();
                }
            });

            var written = listing.Written;
            var providerTotal = listing.ProviderTotal;
            var anyFilter = work.Any(w => w.Query.HasAnyFilter);
            if (PagingParameters.IncludeTotalCount)
            {
                var exact = !anyFilter && providerTotal.HasValue;
                WriteObject(PagingParameters.NewTotalCount((ulong)(exact ? providerTotal!.Value : written), exact ? 1.0 : 0.0));
            }

            // "Nothing found" only when every connection answered: after a refusal or a failure it would contradict the error.
            if (written == 0 && !listing.Failed && PagingParameters.Skip == 0 && PagingParameters.First > 0)
            {
                WriteWarning($"No caller IDs found ({work[0].Query.Describe()}) on {string.Join(", ", work.Select(w => w.Connection.Name).Distinct())}.");
            }
        }

        /// <summary>
        /// One connection's caller IDs into the shared -Skip/-First window; its failure is written and the next connection
        /// goes on. True when the window is full and no further connection is to be asked.
        /// </summary>
        private async Task<bool> ListFromAsync(CallerIdConnection connection, CallerIdQuery query, Listing listing, ICmdletOutput output, ProgressReporter progress, CancellationToken ct)
        {
            var source = connection.ClientAs<ICallerIdSource>();
            var reason = source.CannotAnswer(query);
            if (reason != null)
            {
                // Refused only for a connection the user named; one asked because nothing was named is skipped.
                if (GivenOnCommandLine(nameof(Connection)) || (Connection != null && !MyInvocation.ExpectingInput))
                {
                    output.WriteError(CallerIdException.InvalidInputFor(reason, connection.Name), connection.Name);
                    listing.Failed = true;
                }
                else
                {
                    output.WriteVerbose($"Skipped '{connection.Name}': {reason}");
                }

                return false;
            }

            var gaveTotal = false;
            var what = $"caller IDs from {connection.Name}"; // once, not once per caller ID
            try
            {
                await foreach (var item in source.StreamCallerIds(query, t => { listing.ProviderTotal += t; gaveTotal = true; }, ct))
                {
                    if (listing.SkipOne()) continue;
                    if (listing.IsFull) return true; // -First 0: the first page was still read, for -IncludeTotalCount
                    await output.WriteObjectAsync(item).ConfigureAwait(true);
                    listing.Written++;
                    progress.Report(listing.Written, listing.ProviderTotal > 0 && !query.HasAnyFilter ? listing.ProviderTotal : null, what);
                    if (listing.IsFull) return true;
                }
            }
            catch (CallerIdException error)
            {
                output.WriteError(error, connection.Name);
                listing.Failed = true;
            }

            if (!gaveTotal) listing.ProviderTotal = null;
            return false;
        }

        /// <summary>-Skip and -First across every connection, and the providers' total when all of them gave one.</summary>
        private sealed class Listing
        {
            private ulong _toSkip;

            public Listing(ulong skip, ulong first)
            {
                _toSkip = skip;
                First = first;
            }

            public ulong First { get; }

            public long Written { get; set; }

            public long? ProviderTotal { get; set; } = 0;

            /// <summary>A connection refused the filters or failed: "nothing found" would not be true.</summary>
            public bool Failed { get; set; }

            public bool IsFull => (ulong)Written >= First;

            public bool SkipOne()
            {
                if (_toSkip == 0) return false;
                _toSkip--;
                return true;
            }
        }

        private CallerIdQuery BuildQuery()
        {
            var pattern = Alias == null ? null : new WildcardPattern(Alias, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            try
            {
                pattern?.IsMatch(""); // an unclosed '[' only shows when the pattern is first used
            }
            catch (WildcardPatternException)
            {
                throw CallerIdException.InvalidInputFor($"Alias: '{Guard.Shorten(Alias)}' is not a valid wildcard pattern (escape a literal [ or ] with a backtick).", Alias);
            }

            return new CallerIdQuery
            {
                PhoneNumber = PhoneNumber == null ? null : Guard.PhoneNumber(PhoneNumber),
                Country = Country == null ? null : Guard.Country(Country),
                Types = Type,
                Verified = MyInvocation.BoundParameters.ContainsKey(nameof(Verified)) ? Verified.IsPresent : (bool?)null,
                NamePattern = Alias,
                ExactName = Alias != null && !WildcardPattern.ContainsWildcardCharacters(Alias) ? Alias : null,
                Subaccount = Subaccount == null ? null : Guard.AuthId(Subaccount, "Subaccount"),
                NameMatches = pattern == null ? null : new Func<string?, bool>(name => pattern.IsMatch(name ?? "")),
                CreatedAfter = CreatedAfter.HasValue ? new DateTimeOffset(CreatedAfter.Value) : (DateTimeOffset?)null,
                UpdatedAfter = UpdatedAfter.HasValue ? new DateTimeOffset(UpdatedAfter.Value) : (DateTimeOffset?)null,
                States = State?.Select(s => s.ToString()).ToList(),
                Department = Department == null ? null : ConnectionFactory.CallerIdChanges.CheckValue(CallerIdField.Department, Department),
                Id = Id == null ? null : Guard.Id(Id, "Id"),
            };
        }
    }
}

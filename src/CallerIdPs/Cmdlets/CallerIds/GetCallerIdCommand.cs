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
    [ConnectionCapability(ProviderCapability.ListCallerIds)]
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
            var connections = ReadConnections(Connection, DeclaredCapability);
            if (connections.Count == 0) return;
            // A loop, not Select over value tuples: see AnsweringConnections.Of.
            var work = new List<(CallerIdConnection, CallerIdQuery)>(connections.Count);
            foreach (var connection in connections) work.Add((connection, query));
            List(work);
        }

        /// <summary>
        /// Piped objects select by their PhoneNumber: collected here and looked up in EndProcessing, one pass per connection,
        /// so N piped numbers give at most N caller IDs and never N listings of the account.
        /// </summary>
        private void CollectPiped()
        {
            if (PhoneNumber == null)
            {
                WriteFailure(CallerIdException.InvalidInputFor("The piped object has no PhoneNumber, so it selects no caller ID (pipe caller IDs, virtual numbers or CSV rows with a PhoneNumber column).", PipedInput.Of(this)), null);
                return;
            }

            if (!TryCheck(() => Guard.PhoneNumber(PhoneNumber), PhoneNumber, out var number)) return;

            // The object's own connection when it lists caller IDs (a caller ID, a virtual number that is also one); otherwise every connection that does.
            var connection = Connection != null && (GivenOnCommandLine(nameof(Connection)) || Connection.IsUnknown || Connection.Supports(DeclaredCapability)) ? Connection : null;
            _piped.Add((connection, number));
        }

        protected override void EndProcessing()
        {
            if (_piped.Count == 0) return;
            if (!TryCheck(BuildQuery, null, out var filters)) return;
            var perConnection = new Dictionary<CallerIdConnection, HashSet<string>>();
            foreach (var group in _piped.GroupBy(p => p.Connection))
            {
                foreach (var connection in ReadConnections(group.Key, DeclaredCapability, group.First().PhoneNumber))
                {
                    if (!perConnection.TryGetValue(connection, out var numbers)) perConnection[connection] = numbers = new HashSet<string>(StringComparer.Ordinal);
                    numbers.UnionWith(group.Select(p => p.PhoneNumber));
                }
            }

            List(perConnection.Select(pair => (pair.Key, filters.ForNumbers(pair.Value))).ToList());
        }

        private void List(IReadOnlyList<(CallerIdConnection Connection, CallerIdQuery Query)> work)
        {
            // Decided before any request: a connection whose provider cannot answer its query is skipped, or refused when it is the only one.
            if (!TryCheck(() => AnsweringConnections.Of(work, w => w.Connection, w => w.Connection.ClientAs<ICallerIdSource>().CannotAnswer(w.Query), () => work[0].Query.Describe(), WriteVerbose), null, out var asked) || asked.Count == 0) return;
            var listing = new Listing(PagingParameters.Skip, PagingParameters.First);

            Run(null, async (output, ct) =>
            {
                var progress = new ProgressReporter(this, output.WriteProgress, 1, "Listing caller IDs");
                try
                {
                    var next = 0;
                    while (next < asked.Count)
                    {
                        var (connection, query) = asked[next++];
                        if (await ListFromAsync(connection, query, listing, output, progress, ct).ConfigureAwait(true)) break;
                    }

                    // The window filled before every connection was asked: one first page each gives their totals, which is
                    // what -First 0 -IncludeTotalCount costs too (one request, one 2Chat credit). With a filter no provider
                    // states a total, and counting would mean reading every page, so those stay unknown.
                    if (PagingParameters.IncludeTotalCount)
                    {
                        foreach (var (connection, query) in asked.Skip(next).Where(a => !a.Query.HasAnyFilter))
                        {
                            // The window is full, so the listing reads the first item and stops: one page, counted.
                            await ListFromAsync(connection, query, listing, output, progress, ct).ConfigureAwait(true);
                        }
                    }
                }
                finally
                {
                    progress.Complete();
                }
            });

            if (PagingParameters.IncludeTotalCount)
            {
                var (total, accuracy) = listing.TotalOf(asked.Count);
                WriteObject(PagingParameters.NewTotalCount((ulong)total, accuracy));
            }

            // "Nothing found" only when every connection answered: after a refusal or a failure it would contradict the error.
            if (listing.Written == 0 && !listing.Failed && PagingParameters.Skip == 0 && PagingParameters.First > 0)
            {
                WriteWarning($"No caller IDs found ({asked[0].Query.Describe()}) on {string.Join(", ", asked.Select(w => w.Connection.Name).Distinct())}.");
            }
        }

        /// <summary>
        /// One connection's caller IDs into the shared -Skip/-First window; its failure is written and the next connection
        /// goes on. True when the window is full and no further connection is to be asked.
        /// </summary>
        private async Task<bool> ListFromAsync(CallerIdConnection connection, CallerIdQuery query, Listing listing, ICmdletOutput output, ProgressReporter progress, CancellationToken ct)
        {
            var source = connection.ClientAs<ICallerIdSource>();
            var count = new ConnectionCount();
            var what = $"caller IDs from {connection.Name}"; // once, not once per caller ID
            try
            {
                await foreach (var item in source.StreamCallerIds(query, t => { count.Stated = t; listing.StatedTotals += t; }, ct))
                {
                    count.Matched++;
                    if (listing.SkipOne()) continue;
                    if (listing.IsFull) return Stop(); // -First 0: the first page was still read, for -IncludeTotalCount
                    await output.WriteObjectAsync(item).ConfigureAwait(true);
                    listing.Written++;
                    progress.Report(listing.Written, listing.StatedTotals > 0 && !query.HasAnyFilter ? listing.StatedTotals : null, what);
                    if (listing.IsFull) return Stop();
                }

                count.ReadToEnd = true;
            }
            catch (CallerIdException error)
            {
                output.WriteError(error, connection.Name);
                listing.Failed = true;
            }

            listing.Add(count);
            return false;

            bool Stop()
            {
                listing.Add(count);
                return true;
            }
        }

        /// <summary>What one connection told of its size: the total it stated, or what was seen and whether that was all.</summary>
        private sealed class ConnectionCount
        {
            public long? Stated { get; set; }

            public long Matched { get; set; }

            public bool ReadToEnd { get; set; }
        }

        /// <summary>-Skip and -First across every connection, and what is known of the total.</summary>
        private sealed class Listing
        {
            private ulong _toSkip;
            private long _counted;
            private int _countedConnections;
            private long _seenOfUncounted;

            public Listing(ulong skip, ulong first)
            {
                _toSkip = skip;
                First = first;
            }

            public ulong First { get; }

            public long Written { get; set; }

            /// <summary>The totals providers stated so far, for progress.</summary>
            public long StatedTotals { get; set; }

            /// <summary>A connection failed: "nothing found" would not be true.</summary>
            public bool Failed { get; set; }

            public bool IsFull => (ulong)Written >= First;

            public bool SkipOne()
            {
                if (_toSkip == 0) return false;
                _toSkip--;
                return true;
            }

            /// <summary>Counts one connection: exactly when it stated its total or was read to its end.</summary>
            public void Add(ConnectionCount count)
            {
                if (count.Stated.HasValue || count.ReadToEnd)
                {
                    _counted += count.Stated ?? count.Matched;
                    _countedConnections++;
                }
                else
                {
                    _seenOfUncounted += count.Matched;
                }
            }

            /// <summary>Exact (accuracy 1.0) only when each of the <paramref name="connections"/> asked was counted; otherwise
            /// what is known, with the share of connections counted as the accuracy (0.0 when none was).</summary>
            public (long Total, double Accuracy) TotalOf(int connections) =>
                _countedConnections == connections
                    ? (_counted, 1.0)
                    : (_counted + _seenOfUncounted, (double)_countedConnections / connections);
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
                Subaccount = Subaccount == null ? null : Guard.AuthId(Subaccount, "Subaccount"),
                NameMatches = pattern == null ? null : new Func<string?, bool>(name => pattern.IsMatch(name ?? "")),
                CreatedAfter = CreatedAfter.HasValue ? new DateTimeOffset(CreatedAfter.Value) : (DateTimeOffset?)null,
                UpdatedAfter = UpdatedAfter.HasValue ? new DateTimeOffset(UpdatedAfter.Value) : (DateTimeOffset?)null,
                States = State?.Select(s => s.ToString()).ToList(),
                Department = Department == null ? null : ConnectionFactory.CallerIdChanges.CheckValue(CallerIdField.Department, Department),
                Id = Id == null ? null : Guard.CallerIdId(Id),
            };
        }
    }
}

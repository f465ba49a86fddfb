using System.Linq;
using System.Management.Automation;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Get-CallerId across the three caller-ID sandboxes: paging totals, refusals, the "nothing found" warning, -Id and -Alias.</summary>
    public sealed class GetCallerIdListingTests : SandboxSessionTests
    {
        public GetCallerIdListingTests()
            : base("TwoChat", "Plivo", "AppleBusiness")
        {
        }

        private int AllCount => _session.Run("Get-CallerId").Objects<CallerId>().Count();

        private (ulong Total, double Accuracy) TotalOf(string command)
        {
            var result = _session.Run(command);
            result.AssertNoErrors();
            var total = result.Output.Last();
            return ((ulong)total.BaseObject, (double)total.Properties["Accuracy"].Value);
        }

        [Theory]
        [InlineData("Get-CallerId -IncludeTotalCount -First 1")]
        [InlineData("Get-CallerId -IncludeTotalCount -First 1 -Skip 1300")]
        [InlineData("Get-CallerId -IncludeTotalCount -First 0")]
        [InlineData("Get-CallerId -IncludeTotalCount")]
        public void The_total_adds_every_connection_even_those_the_window_did_not_reach(string command)
        {
            Assert.Equal(((ulong)AllCount, 1.0), TotalOf(command));
        }

        [Fact]
        public void A_connection_the_window_did_not_reach_is_asked_for_one_page_only()
        {
            var result = _session.Run("Get-CallerId -IncludeTotalCount -First 1 -Verbose");

            result.AssertNoErrors();
            var requests = result.Verbose.Where(v => v.Contains(": GET ")).ToList();
            Assert.Equal(new[] { "2Chat", "Plivo", "Apple Business" }, requests.Select(r => r.Substring(0, r.IndexOf(':'))));
        }

        [Fact]
        public void A_filtered_total_is_exact_when_every_connection_was_read_and_a_lower_estimate_when_the_window_cut_it_short()
        {
            var us = _session.Run("Get-CallerId -Country US").Objects<CallerId>().Count();

            Assert.Equal(((ulong)us, 1.0), TotalOf("Get-CallerId -Country US -IncludeTotalCount"));
            var (cut, accuracy) = TotalOf("Get-CallerId -Country US -IncludeTotalCount -First 2");
            Assert.True(accuracy < 1.0, $"accuracy {accuracy}");
            Assert.InRange(cut, 2UL, (ulong)us);
        }

        [Theory]
        [InlineData("Get-CallerId -Connection Plivo -State Published", "Published")]
        [InlineData("Get-CallerId -Connection AppleBusiness -Type VN", "VN")]
        [InlineData("Get-CallerId -Connection AppleBusiness -Alias x*", "x*")]
        [InlineData("Get-CallerId -Connection AppleBusiness -Verified", "True")]
        [InlineData("Get-CallerId -Connection AppleBusiness -Id abc", "abc")]
        [InlineData("Get-CallerId -Connection TwoChat -Subaccount MAXXXXXXXXXXXXXXXXXX", "MAXXXXXXXXXXXXXXXXXX")]
        [InlineData("Get-CallerId -Connection Plivo -Department department.general.sales", "department.general.sales")]
        public void A_refused_filter_targets_the_value_refused_not_the_connection(string command, string target)
        {
            var result = _session.Run(command + " -Verbose");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(target, error.TargetObject?.ToString());
            Assert.DoesNotContain(result.Verbose, v => v.Contains(": GET ")); // refused before any request
        }

        [Fact]
        public void The_nothing_found_warning_names_only_the_connections_asked()
        {
            var result = _session.Run("Get-CallerId -State Deleted");

            result.AssertNoErrors();
            Assert.Equal("No caller IDs found (state Deleted) on AppleBusiness.", Assert.Single(result.Warnings));
        }

        [Fact]
        public void A_query_no_connection_can_answer_is_one_error_saying_why_each_was_skipped()
        {
            _session.Run("Disconnect-CallerIdProvider -Name AppleBusiness").AssertNoErrors();

            var result = _session.Run("Get-CallerId -State Published -Verbose");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput,", error.FullyQualifiedErrorId);
            Assert.Equal("Published", error.TargetObject?.ToString());
            Assert.StartsWith("No connection can answer this (state Published), so none was asked.", error.Exception.Message);
            Assert.Contains("TwoChat: 2Chat caller IDs have no review state", error.Exception.Message);
            Assert.Contains("Plivo: Plivo caller IDs have no review state", error.Exception.Message);
            Assert.Empty(result.Warnings);
            Assert.Empty(result.Output);
            Assert.DoesNotContain(result.Verbose, v => v.Contains(": GET "));
        }

        [Theory]
        [InlineData("TwoChat")]
        [InlineData("Plivo")]
        [InlineData("AppleBusiness")]
        public void Id_takes_the_Id_of_every_caller_ID_type(string connection)
        {
            var first = _session.Run($"Get-CallerId -Connection {connection} -First 1").Single<CallerId>();

            var found = _session.Run($"Get-CallerId -Id '{first.Id}'").Single<CallerId>();

            Assert.Equal((first.Id, first.PhoneNumber, first.ConnectionName), (found.Id, found.PhoneNumber, found.ConnectionName));
        }

        [Fact]
        public void A_Plivo_id_is_looked_up_directly_and_other_providers_are_not_paged_for_it()
        {
            var plivo = _session.Run("Get-CallerId -Connection Plivo -First 1").Single<CallerId>();

            var result = _session.Run($"Get-CallerId -Id '{plivo.Id}' -Verbose");

            result.AssertNoErrors();
            Assert.Single(result.Verbose, v => v.Contains(": GET "));
            Assert.Contains(result.Verbose, v => v.StartsWith("Skipped 'TwoChat'"));
            Assert.Contains(result.Verbose, v => v.StartsWith("Skipped 'AppleBusiness'"));
        }

        [Fact]
        public void A_malformed_id_says_what_an_id_looks_like()
        {
            var result = _session.Run("Get-CallerId -Id 'a b'");

            var error = Assert.Single(result.Errors);
            Assert.Equal("a b", error.TargetObject);
            Assert.Contains("+14155550100", error.Exception.Message);
            Assert.Contains("VCI", error.Exception.Message);
        }

        [Theory]
        [InlineData("Plivo")]
        [InlineData("TwoChat")]
        public void Alias_matches_without_case_exactly_and_with_wildcards(string connection)
        {
            var named = _session.Run($"Get-CallerId -Connection {connection}").Objects<CallerId>().First(c => !string.IsNullOrEmpty(c.Name) && c.Name != c.Name.ToLowerInvariant());
            var expected = _session.Run($"Get-CallerId -Connection {connection}").Objects<CallerId>().Count(c => string.Equals(c.Name, named.Name, System.StringComparison.OrdinalIgnoreCase));

            foreach (var alias in new[] { named.Name!, named.Name!.ToLowerInvariant(), named.Name!.ToUpperInvariant(), named.Name!.ToLowerInvariant() + "*" })
            {
                var found = _session.Run($"Get-CallerId -Connection {connection} -Alias '{alias}'").Objects<CallerId>().ToList();
                Assert.True(found.Count >= expected && found.Count > 0, $"-Alias '{alias}' found {found.Count}, expected at least {expected}");
                if (!alias.EndsWith("*")) Assert.Equal(expected, found.Count);
            }
        }
    }

    /// <summary>Piped numbers when no connection is left to ask: the one error that says so, and nothing after it.</summary>
    public sealed class GetCallerIdWithNoConnectionToAskTests : System.IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        [Theory]
        [InlineData("TwoChat", "[pscustomobject]@{ PhoneNumber = '+14155550100'; ConnectionName = 'Gone' } | Get-CallerId")]
        [InlineData("IdentityCall", "Get-VirtualNumber | Select-Object -First 2 | Get-CallerId")]
        public void Gives_only_the_NotConnected_error(string provider, string pipeline)
        {
            _session.Run($"Connect-CallerIdProvider -Provider {provider} -Sandbox").AssertNoErrors();

            var result = _session.Run(pipeline);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("NotConnected,", error.FullyQualifiedErrorId);
            Assert.Null(result.Terminating);
            Assert.Empty(result.Warnings);
        }

        public void Dispose() => _session.Dispose();
    }
}

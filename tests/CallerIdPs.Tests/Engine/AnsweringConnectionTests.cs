using System.Linq;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>A read over every connection that none of them can answer fails once, saying why for each; it is never silent.</summary>
    public sealed class AnsweringConnectionTests : System.IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public void Dispose() => _session.Dispose();

        [Fact]
        public void A_country_search_every_connection_refuses_is_one_InvalidInput_that_says_why_for_each()
        {
            _session.Run("Connect-CallerIdProvider -Provider Plivo -Sandbox; Connect-CallerIdProvider -Provider IdentityCall -Sandbox").AssertNoErrors();

            var result = _session.Run("Get-AvailableNumber -Country US -Type SharedCost");

            Assert.Empty(result.Output);
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId, System.StringComparison.Ordinal);
            Assert.Equal(CallerIdPs.Model.NumberType.SharedCost, error.TargetObject); // the value every connection refused, not the search
            Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.StartsWith("No connection can answer this (US, sharedcost), so none was asked. ", error.Exception.Message, System.StringComparison.Ordinal);
            Assert.Contains("Plivo: Plivo sells Local, Mobile, National, TollFree numbers, not SharedCost.", error.Exception.Message, System.StringComparison.Ordinal);
            Assert.Contains("IdentityCall: IdentityCall sells mobile, local, toll-free, national numbers, not SharedCost.", error.Exception.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_connection_that_cannot_answer_is_skipped_with_a_verbose_line_while_another_answers()
        {
            _session.Run("Connect-CallerIdProvider -Provider Plivo -Sandbox; Connect-CallerIdProvider -Provider IdentityCall -Sandbox").AssertNoErrors();

            var result = _session.Run("Get-AvailableNumber -Country US -StartsWith 415 -Verbose");

            result.AssertNoErrors();
            Assert.NotEmpty(result.Output);
            Assert.Contains(result.Verbose, v => v.StartsWith("Skipped 'IdentityCall': IdentityCall searches by country and type only; it has no -StartsWith.", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Get_CallerId_and_Get_AvailableNumber_say_a_skip_and_a_refusal_by_all_the_same_way()
        {
            _session.Run("Connect-CallerIdProvider -Provider Plivo -Sandbox; Connect-CallerIdProvider -Provider IdentityCall -Sandbox; Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();

            var skippedCallerIds = _session.Run("Get-CallerId -Subaccount SA1234567890ABCDEF12 -Verbose");
            var skippedNumbers = _session.Run("Get-AvailableNumber -Country US -StartsWith 415 -Verbose");
            var refusedCallerIds = _session.Run("Get-CallerId -State Published");
            var refusedNumbers = _session.Run("Get-AvailableNumber -Country US -Type SharedCost");

            Assert.Contains(skippedCallerIds.Verbose, v => v.StartsWith("Skipped 'TwoChat': 2Chat has no subaccounts", System.StringComparison.Ordinal));
            Assert.Contains(skippedNumbers.Verbose, v => v.StartsWith("Skipped 'IdentityCall': ", System.StringComparison.Ordinal));
            Assert.All(skippedCallerIds.Verbose.Concat(skippedNumbers.Verbose).Where(v => v.StartsWith("Skipped", System.StringComparison.Ordinal)), v => Assert.EndsWith(".", v));
            Assert.StartsWith("No connection can answer this (state Published), so none was asked. Plivo: ", Assert.Single(refusedCallerIds.Errors).Exception.Message, System.StringComparison.Ordinal);
            Assert.Contains(" TwoChat: 2Chat caller IDs have no review state", refusedCallerIds.Errors.Single().Exception.Message, System.StringComparison.Ordinal);
            Assert.StartsWith("No connection can answer this (US, sharedcost), so none was asked. Plivo: ", Assert.Single(refusedNumbers.Errors).Exception.Message, System.StringComparison.Ordinal);
            Assert.All(new[] { refusedCallerIds, refusedNumbers }, r => Assert.Equal("Change or leave out what they refuse.", r.Errors.Single().ErrorDetails?.RecommendedAction));
        }

        [Fact]
        public void Connections_of_one_provider_that_refuse_alike_are_named_together_with_the_reason_said_once()
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox; Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name T2; Connect-CallerIdProvider -Provider Plivo -Sandbox").AssertNoErrors();

            var result = _session.Run("Get-CallerId -State Published");

            var error = Assert.Single(result.Errors);
            Assert.Equal("Published", error.TargetObject?.ToString());
            Assert.Contains("TwoChat, T2: 2Chat caller IDs have no review state", error.Exception.Message, System.StringComparison.Ordinal);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(error.Exception.Message, "2Chat caller IDs have no review state"));
            Assert.Contains("Plivo: Plivo caller IDs have no review state", error.Exception.Message, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Get-CallerId -State Published", "Published")]
        [InlineData("Get-CallerId -Connection TwoChat -State Published", "Published")]
        public void The_only_connection_that_cannot_answer_is_refused_with_its_own_reason(string command, string offending)
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();

            var result = _session.Run(command + " -Verbose");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput,", error.FullyQualifiedErrorId, System.StringComparison.Ordinal);
            Assert.Equal(offending, error.TargetObject?.ToString());
            Assert.StartsWith("2Chat caller IDs have no review state", error.Exception.Message, System.StringComparison.Ordinal);
            Assert.DoesNotContain(result.Verbose, v => v.Contains(": GET ") || v.StartsWith("Skipped", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_country_search_with_only_a_catalog_connection_says_which_providers_sell_by_country()
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();

            var result = _session.Run("Get-AvailableNumber -Country US");

            Assert.Empty(result.Output);
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("NotConnected", error.FullyQualifiedErrorId, System.StringComparison.Ordinal);
            Assert.Equal("US", error.TargetObject);
            Assert.Contains("Find-NumberGroup", error.Exception.Message + error.ErrorDetails?.RecommendedAction, System.StringComparison.Ordinal);
        }
    }
}

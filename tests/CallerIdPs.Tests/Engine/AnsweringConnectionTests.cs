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
            Assert.Contains(result.Verbose, v => v.StartsWith("Skipped IdentityCall: IdentityCall searches by country and type only; it has no -StartsWith.", System.StringComparison.Ordinal));
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

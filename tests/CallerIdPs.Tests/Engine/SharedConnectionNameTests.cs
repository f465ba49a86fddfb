using Xunit;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>A name that several other runspaces of the process have open is refused, with advice that uses that name.</summary>
    public sealed class SharedConnectionNameTests
    {
        [Fact]
        public void A_name_open_in_two_other_runspaces_is_NotConnected_and_the_advice_names_it()
        {
            using var first = new ModuleSession();
            using var second = new ModuleSession();
            using var here = new ModuleSession();
            first.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name TwinConnection").AssertNoErrors();
            second.Run("Connect-CallerIdProvider -Provider Plivo -Sandbox -Name TwinConnection").AssertNoErrors();

            var error = Assert.Single(here.Run("Get-CallerId -Connection TwinConnection").Errors);

            Assert.StartsWith("NotConnected,", error.FullyQualifiedErrorId);
            Assert.Equal("More than one runspace of this process has a connection named 'TwinConnection', and none of them is this one.", error.Exception.Message);
            Assert.Equal(
                "Pass the connection object instead of its name: $c = Get-CallerIdConnection TwinConnection, then -Connection $using:c.",
                error.ErrorDetails.RecommendedAction);
        }
    }
}

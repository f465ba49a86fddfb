using Xunit;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>A closed connection object, used again, says how it was closed: by Disconnect-CallerIdProvider, by
    /// Remove-Module, or by a new connection of the same name.</summary>
    public sealed class ClosedConnectionMessageTests
    {
        [Theory]
        [InlineData("Disconnect-CallerIdProvider -Name Closing", "The connection 'Closing' was closed with Disconnect-CallerIdProvider.")]
        [InlineData("Remove-Module CallerId; Import-Module $modulePath", "The connection 'Closing' was closed when the module was removed (Remove-Module CallerId).")]
        [InlineData("Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name Closing", "The connection 'Closing' was replaced by a new connection of the same name (Connect-CallerIdProvider -Name Closing).")]
        public void An_old_connection_object_says_how_it_was_closed(string close, string message)
        {
            using var session = new ModuleSession();
            session.SetVariable("modulePath", ModuleSession.ModulePath);
            session.Run("$c = Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name Closing -PassThru").AssertNoErrors();
            session.Run(close).AssertNoErrors();

            var error = Assert.Single(session.Run("Get-NumberRegion -Country US -Connection $c").Errors);

            Assert.StartsWith("NotConnected,", error.FullyQualifiedErrorId);
            Assert.Equal(message, error.Exception.Message);
        }
    }
}

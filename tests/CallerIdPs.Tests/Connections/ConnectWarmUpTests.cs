using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Tests.Engine;

namespace CallerIdPs.Tests.Connections
{
    /// <summary>The connect-and-list warm-up started at import: answered in memory, and leaves nothing behind.</summary>
    public class ConnectWarmUpTests
    {
        [Fact]
        public async Task It_connects_and_lists_the_one_caller_id_its_own_answers_hold()
        {
            // Fails when a parser or the connect path stops accepting the made-up answers, which would leave the warm-up
            // failing silently on every import.
            Assert.Equal(1, await ConnectWarmUp.RunAsync());
        }

        [Fact]
        public void Importing_the_module_opens_no_connection_the_user_can_see()
        {
            using var session = new ModuleSession();
            ConnectWarmUp.Start(); // whether or not an earlier import started it already

            var connections = session.Run("Start-Sleep -Milliseconds 500; Get-CallerIdConnection");

            connections.AssertNoErrors();
            Assert.Empty(connections.Output);
        }
    }
}

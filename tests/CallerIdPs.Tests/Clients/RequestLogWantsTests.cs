using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Http;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>The request log writes what its reader wants and builds nothing when it wants neither verbose nor debug.</summary>
    public class RequestLogWantsTests
    {
        [Theory]
        [InlineData(false, false, 0, 0)]
        [InlineData(true, false, 2, 0)]
        [InlineData(false, true, 0, 2)]
        [InlineData(true, true, 2, 2)]
        public async Task EachRequestIsLoggedOnlyInTheStreamsThatAreWanted(bool verbose, bool debug, int lineCount, int dumpCount)
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var log = new RecordingLog(verbose, debug);
            using (RequestLogScope.Begin(log))
            {
                await loopback.Client.ListRegionsAsync("GB", CancellationToken.None);
            }

            var dumps = log.Lines.Count(l => l.StartsWith("2Chat Request: ", StringComparison.Ordinal) || l.StartsWith("2Chat Response: ", StringComparison.Ordinal));
            Assert.Equal(dumpCount, dumps);
            Assert.Equal(lineCount, log.Lines.Count - dumps); // "2Chat: GET …" out and "2Chat: 200 OK from GET …" back
        }
    }
}

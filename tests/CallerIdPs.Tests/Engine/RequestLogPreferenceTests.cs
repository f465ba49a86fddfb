using System.Linq;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>The request lines follow PowerShell's own rules for the verbose and debug streams: -Verbose, -Verbose:$false,
    /// $VerbosePreference, $DebugPreference.</summary>
    public sealed class RequestLogPreferenceTests : SandboxSessionTests
    {
        public RequestLogPreferenceTests()
            : base("TwoChat")
        {
        }

        [Theory]
        [InlineData("Get-CallerId -First 1", false)]
        [InlineData("Get-CallerId -First 1 -Verbose", true)]
        [InlineData("$VerbosePreference = 'Continue'; Get-CallerId -First 1", true)]
        [InlineData("$VerbosePreference = 'Continue'; Get-CallerId -First 1 -Verbose:$false", false)]
        [InlineData("$DebugPreference = 'Continue'; Get-CallerId -First 1", false)]
        public void Request_lines_are_in_the_verbose_stream_exactly_when_it_is_shown(string command, bool shown)
        {
            var result = _session.Run(command);

            result.AssertNoErrors();
            Assert.Equal(shown ? 2 : 0, result.Verbose.Count(v => v.StartsWith("2Chat: ", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void Debug_alone_still_gets_the_request_and_response_dumps()
        {
            var result = _session.Run("$DebugPreference = 'Continue'; Get-CallerId -First 1");

            result.AssertNoErrors();
            Assert.Contains(result.Debug, d => d.StartsWith("2Chat Request: GET ", System.StringComparison.Ordinal));
            Assert.Contains(result.Debug, d => d.StartsWith("2Chat Response: 200", System.StringComparison.Ordinal));
        }
    }
}

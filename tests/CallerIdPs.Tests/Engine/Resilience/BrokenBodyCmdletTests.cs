using System.Linq;
using CallerIdPs.Tests.Clients.Transport;

namespace CallerIdPs.Tests.Engine.Resilience
{
    /// <summary>
    /// Issue 13: a corrupt gzip body used to end the cmdlet with a raw InvalidDataException that -ErrorAction
    /// SilentlyContinue could not contain. In the engine it is now an ordinary CallerId error, and the script goes on.
    /// </summary>
    public sealed class BrokenBodyCmdletTests
    {
        [Fact]
        public void Corrupt_gzip_is_a_non_terminating_CallerId_error_that_SilentlyContinue_contains()
        {
            using var server = new ServedRaw(RawTwoChat.Route(r => r.Path == "/open/numbers/regions" ? Reply.CorruptGzip() : null));
            using var session = new ModuleSession();
            session.SetVariable("uri", server.Server.BaseUri);
            session.SetVariable("key", LoopbackModuleSession.Secure(RawTwoChat.ApiKey));
            session.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri").AssertNoErrors();

            var loud = session.Run("Get-NumberRegion -Country GB");
            var quiet = session.Run("Get-NumberRegion -Country GB -ErrorAction SilentlyContinue; 'went on'");

            Assert.Null(loud.Terminating);
            var error = Assert.Single(loud.Errors);
            Assert.StartsWith("ProviderUnavailable", error.FullyQualifiedErrorId);
            Assert.Contains("corrupt", error.Exception.Message);
            Assert.Null(quiet.Terminating);
            Assert.Empty(quiet.Errors);
            Assert.Equal("went on", quiet.Output.Single().ToString());
        }

        private sealed class ServedRaw : System.IDisposable
        {
            public ServedRaw(System.Func<RawRequest, Reply> route) => Server = RawResponder.Start(route);

            public RawResponder Server { get; }

            public void Dispose() => Server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

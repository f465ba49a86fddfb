using System;

namespace CallerIdPs.Tests.Engine.Resilience
{
    /// <summary>Issue 13: a credential that would reshape a request is refused by Connect-CallerIdProvider, naming the parameter, not the value.</summary>
    public sealed class CredentialEdgeTests : IDisposable
    {
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession(connect: false);

        public void Dispose() => _tc.Dispose();

        [Theory]
        [InlineData("tc-abc\r\nX-Injected: yes")]
        [InlineData("tc-\u00e9l\u00e8ve-secret")]
        public void A_key_that_cannot_be_a_header_is_refused_before_any_request_and_never_echoed(string key)
        {
            _tc.Session.SetVariable("bad", LoopbackModuleSession.Secure(key));
            var before = _tc.Emulator.RequestCount;

            var result = _tc.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $bad -BaseUri $uri");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId);
            Assert.Equal("ApiKey", error.TargetObject);
            var everything = string.Join("\n", result.EverythingAsText());
            Assert.DoesNotContain(key.Substring(3, 6), everything);
            Assert.Equal(before, _tc.Emulator.RequestCount);
        }
    }
}

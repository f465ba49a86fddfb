using System;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// When no open connection can run a command, the message names the providers that can in the module's one list
    /// style ("A, B or C", alphabetical), as every other message that names several providers does.
    /// </summary>
    public sealed class ProviderListWordingTests : IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public void Dispose() => _session.Dispose();

        [Fact]
        public void Three_providers_that_can_are_named_as_one_list()
        {
            _session.Run("Connect-CallerIdProvider -Provider AppleBusiness -Sandbox").AssertNoErrors();

            var result = _session.Run("Get-VirtualNumber");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("NotConnected", error.FullyQualifiedErrorId);
            Assert.Equal("Get-VirtualNumber works with 2Chat, IdentityCall or Plivo, and none of the open connections (AppleBusiness) is one.", error.Exception.Message);
            Assert.Contains("Connect to 2Chat, IdentityCall or Plivo with Connect-CallerIdProvider.", error.ErrorDetails?.RecommendedAction ?? "");
        }
    }
}

using System;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Tests.Clients;
using Xunit;

namespace CallerIdPs.Tests.Connections
{
    /// <summary>A host name that does not resolve (a mistyped -BaseUri) says so and where to look, instead of "the provider
    /// is unavailable; try again in a few minutes".</summary>
    public sealed class UnresolvedHostTests
    {
        private sealed class ResolverFailure : HttpMessageHandler
        {
            private readonly SocketError _error;

            public ResolverFailure(SocketError error) => _error = error;

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                throw new HttpRequestException("Name or service not known (api.example.invalid:443)", new SocketException((int)_error));
        }

        [Theory]
        [InlineData(SocketError.HostNotFound, false)]
        [InlineData(SocketError.TryAgain, true)]
        public async Task A_host_that_does_not_resolve_is_named_with_a_hint_to_check_BaseUri_and_DNS(SocketError error, bool retryable)
        {
            var request = new ConnectionRequest("E", ProviderKind.TwoChat)
            {
                Credential = new ApiKeyCredential(Secret.FromPlainText("k-1")),
                BaseUri = new Uri("https://api.example.invalid/"),
                SandboxHandler = () => new ResolverFailure(error),
                Retry = TwoChatLoopback.FastRetries(),
            };

            var failure = await Assert.ThrowsAsync<CallerIdException>(() => ConnectionFactory.ConnectAsync(request, CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.ProviderUnavailable, failure.Kind);
            Assert.Contains("the host name 'api.example.invalid' could not be resolved", failure.Message);
            Assert.Equal("Check the host name: -BaseUri of Connect-CallerIdProvider, when you gave one; else this machine's DNS or proxy settings. Nothing was sent.", failure.Hint);
            Assert.DoesNotContain("try again in a few minutes", failure.Hint);
            Assert.Equal(retryable, failure.IsRetryable);
        }
    }
}

using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;
using CallerIdPs.Providers.AppleBusiness;

namespace CallerIdPs.Tests.Clients.Transport
{
    /// <summary>Issue 13: what a provider says reaches errors capped and without the connection's secrets; bad credentials never leave.</summary>
    public sealed class ProviderTextTests
    {
        private const string Regions = "/open/numbers/regions";
        private static readonly CancellationToken None = CancellationToken.None;

        [Fact]
        public async Task A_401_that_echoes_the_key_reaches_neither_the_error_nor_the_log()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            var key = loopback.Emulator.Options.ApiKey;
            loopback.Emulator.Faults.On("GET", Regions).Respond(401, $"Invalid API key '{key}' for X-User-API-Key: {key}");
            var log = new RecordingLog();

            CallerIdException error;
            using (RequestLogScope.Begin(log))
            {
                error = await Assert.ThrowsAsync<CallerIdException>(() => loopback.Client.ListRegionsAsync("GB", None));
            }

            Assert.Equal(CallerIdErrorKind.AuthenticationFailed, error.Kind);
            Assert.Contains("Invalid API key '***'", error.ProviderMessage, StringComparison.Ordinal);
            foreach (var text in new[] { error.Message, error.ProviderMessage!, error.Hint, error.ToString() }.Concat(log.Lines))
            {
                Assert.DoesNotContain(key, text, StringComparison.Ordinal);
            }

            Assert.Contains(log.Lines, l => l.Contains("Invalid API key", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_megabyte_of_provider_error_text_is_capped_in_the_error()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", Regions).Respond(400, new string('x', 1_000_000));

            var error = await Assert.ThrowsAsync<CallerIdException>(() => loopback.Client.ListRegionsAsync("GB", None));

            Assert.InRange(error.ProviderMessage!.Length, ProviderText.MaxChars, ProviderText.MaxChars + 40);
            Assert.EndsWith("(998000 more characters)", error.ProviderMessage, StringComparison.Ordinal);
            Assert.True(error.Message.Length < ProviderText.MaxChars + 200, $"{error.Message.Length} characters");
        }

        [Theory]
        [InlineData("UAKgood0key\r\nX-Injected: yes")]
        [InlineData("UAKgood0key\n")]
        [InlineData("UAK\u00e9t\u00e9key0123")]
        [InlineData("UAK\u201ckey\u201d0123")]
        public async Task A_key_with_control_or_non_ASCII_characters_is_refused_before_any_request_without_being_echoed(string key)
        {
            await using var server = RawResponder.Start(_ => RawTwoChat.Info());

            var error = await Assert.ThrowsAsync<CallerIdException>(() => RawTwoChat.ConnectAsync(server, apiKey: key));

            Assert.Equal(CallerIdErrorKind.InvalidInput, error.Kind);
            Assert.Equal("ApiKey", error.OffendingValue);
            Assert.DoesNotContain("key", error.Message.Replace("API key", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Empty(server.Requests);
        }

        [Theory]
        [InlineData("..")]
        [InlineData("../../v1/Account/MAOTHER")]
        [InlineData("MA12345678901234567")]
        [InlineData("XX123456789012345678")]
        [InlineData("MA12345678901234567/")]
        public async Task A_Plivo_Auth_ID_of_another_shape_is_refused_before_any_request(string authId)
        {
            await using var server = RawResponder.Start(_ => Reply.Json(200, "{}"));
            var request = new ConnectionRequest("P", ProviderKind.Plivo)
            {
                Credential = new ClientCredential(authId, Secret.FromPlainText("token-0123456789")),
                BaseUri = server.BaseUri,
            };

            var error = await Assert.ThrowsAsync<CallerIdException>(() => ConnectionFactory.ConnectAsync(request, None));

            Assert.Equal(CallerIdErrorKind.InvalidInput, error.Kind);
            Assert.Equal("Credential", error.OffendingValue);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void Apples_request_id_is_kept_when_the_error_body_is_not_JSON()
        {
            var reader = new AppleErrorReader();

            var error = reader.Read(502, h => h == "apple-request-id" ? "a1b2c3" : null, Encoding.UTF8.GetBytes("<html><body>Bad Gateway</body></html>"));

            Assert.Equal("a1b2c3", error.RequestId);
            Assert.Null(error.Message);
        }

        [Fact]
        public void A_parser_that_throws_anything_is_reported_as_an_unreadable_answer()
        {
            var response = new ApiResponse(System.Net.HttpStatusCode.OK, Array.Empty<System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>>(), Encoding.UTF8.GetBytes("{\"n\":1}"), "2Chat", "read a thing");

            var error = Assert.Throws<CallerIdException>(() => response.Parse<int>(_ => throw new ArgumentOutOfRangeException("n")));

            Assert.Equal(CallerIdErrorKind.ProviderError, error.Kind);
            Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);
        }

        [Fact]
        public async Task A_500_on_a_read_is_retried_like_every_transient_status()
        {
            await using var loopback = await TwoChatLoopback.StartAsync();
            loopback.Emulator.Faults.On("GET", Regions).Times(1).Respond(500);
            var before = loopback.Emulator.RequestCount;

            var regions = await loopback.Client.ListRegionsAsync("GB", None);

            Assert.NotEmpty(regions);
            Assert.Equal(2, loopback.Emulator.RequestCount - before);
            Assert.True(StatusClassifier.IsTransient(500));
        }
    }
}

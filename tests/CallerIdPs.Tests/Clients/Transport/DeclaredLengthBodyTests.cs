using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Http;

namespace CallerIdPs.Tests.Clients.Transport
{
    /// <summary>A body is read straight into an array of its declared length; a length that is wrong either way changes nothing.</summary>
    public sealed class DeclaredLengthBodyTests
    {
        [Theory]
        [InlineData(13, "{\"a\":[1,2,3]}")] // as declared
        [InlineData(4, "{\"a\":[1,2,3]}")] // goes on past it: read in full, as a body without a length
        [InlineData(0, "{\"a\":[1,2,3]}")]
        [InlineData(40, "{\"a\":[1,2,3]}")] // ends early: what arrived
        public async Task The_body_is_what_arrived_whatever_length_was_declared(long declared, string sent)
        {
            using var http = new HttpInvoker(new BoundedBodyHandler { InnerHandler = new Answering(sent, declared) });

            using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/"), CancellationToken.None);

            Assert.Equal(sent, Encoding.UTF8.GetString(Assert.IsType<BufferedBodyContent>(response.Content).Body));
        }

        [Fact]
        public async Task A_body_past_its_declared_length_still_stops_at_the_limit()
        {
            using var http = new HttpInvoker(new BoundedBodyHandler(maxBytes: 8) { InnerHandler = new Answering("{\"a\":[1,2,3]}", 4) });

            await Assert.ThrowsAsync<ResponseTooLargeException>(() => http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/"), CancellationToken.None));
        }

        private sealed class HttpInvoker : HttpMessageInvoker
        {
            public HttpInvoker(HttpMessageHandler handler) : base(handler) { }
        }

        private sealed class Answering : HttpMessageHandler
        {
            private readonly string _body;
            private readonly long _declared;

            public Answering(string body, long declared)
            {
                _body = body;
                _declared = declared;
            }

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(_body)));
                content.Headers.ContentLength = _declared;
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
            }
        }
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Clients.Transport
{
    /// <summary>Just enough of 2Chat on a <see cref="RawResponder"/> to open a connection; the test answers the rest.</summary>
    internal static class RawTwoChat
    {
        public const string ApiKey = "UAKraw0test0key0d3f1a2b3c4d5e6f";

        public static Reply Info(string requestsPerMinute = "1000") => Reply.Json(200,
            "{\"success\":true,\"account\":{\"name\":\"Raw (ACC1)\",\"uuid\":\"ACC1\"},\"limits\":{\"requests_per_minute\":" + requestsPerMinute + "}}");

        public static readonly Reply EmptyNumbers = Reply.Json(200, "{\"success\":true,\"count\":0,\"page\":0,\"numbers\":[]}");

        public static Func<RawRequest, Reply> Route(Func<RawRequest, Reply?> rest) =>
            r => r.Path == "/info" ? Info() : rest(r) ?? Reply.Json(404, "{\"success\":false,\"error\":true,\"error_message\":\"No such path\"}");

        public static async Task<(CallerIdConnection Connection, TwoChatClient Client)> ConnectAsync(
            RawResponder server, TimeSpan? attemptTimeout = null, TimeSpan? callDeadline = null, string apiKey = ApiKey)
        {
            var request = new ConnectionRequest("Raw", ProviderKind.TwoChat)
            {
                Credential = new ApiKeyCredential(Secret.FromPlainText(apiKey)),
                BaseUri = server.BaseUri,
                Retry = TwoChatLoopback.FastRetries(),
                Settlement = TwoChatLoopback.FastSettlement(),
            };
            if (attemptTimeout.HasValue) request.RequestTimeout = attemptTimeout.Value;
            if (callDeadline.HasValue) request.CallDeadline = callDeadline.Value;
            var connection = await ConnectionFactory.ConnectAsync(request, CancellationToken.None);
            return (connection, connection.ClientAs<TwoChatClient>());
        }
    }
}

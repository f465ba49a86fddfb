using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Model;

namespace CallerIdPs.Connections
{
    /// <summary>
    /// At import, compiles the path every session takes first (connect, then list) on a pool thread, while PowerShell
    /// finishes importing and reads the next command: one connection through the same pipeline every connection gets
    /// (Microsoft.Extensions.Http's factory, Polly, pacing, logging, the bounded body reader), answered in memory, so
    /// nothing is sent anywhere and no credential is used. The user's first Connect-CallerIdProvider then runs code
    /// already compiled: in fresh pwsh processes it took 114-123 ms instead of 164-176 ms, and the whole process 58-80 ms
    /// less (three batches of 10 alternated pairs; BENCHMARKS.md, run of 07:36 UTC). 2Chat's answers are used
    /// because its connect asks one question; what is compiled is shared by every provider. Runs once per process and
    /// never fails anything: whatever goes wrong here only leaves the first command to compile its own code.
    /// </summary>
    public static class ConnectWarmUp
    {
        private static int _started;

        public static void Start()
        {
            if (Interlocked.Exchange(ref _started, 1) == 1) return;
            ThreadPool.QueueUserWorkItem(_ =>
            {
                try
                {
                    RunAsync().GetAwaiter().GetResult();
                }
                catch (Exception)
                {
                    // Nothing depends on it: the first real command compiles what this did not.
                }
            });
        }

        /// <summary>Connects and lists through a pipeline whose every answer is made here.</summary>
        internal static async Task<int> RunAsync()
        {
            var request = new ConnectionRequest("warm-up", ProviderKind.TwoChat)
            {
                Credential = new ApiKeyCredential(Secret.FromPlainText("warm-up")),
                SandboxHandler = () => new MadeUpAnswers(),
            };
            using (var connection = await ConnectionFactory.ConnectAsync(request, CancellationToken.None).ConfigureAwait(false))
            {
                // The way Get-CallerId asks: the capability, its refusal check, and the listing it streams.
                var source = connection.ClientAs<Providers.ICallerIdSource>();
                var query = new Providers.CallerIdQuery();
                if (source.CannotAnswer(query) != null) return 0;
                var listed = 0;
                var stream = Providers.ItemStreams.StreamCallerIds(source, query, null, CancellationToken.None).GetAsyncEnumerator();
                while (await stream.MoveNextAsync().ConfigureAwait(false))
                {
                    listed++;
                }

                await stream.DisposeAsync().ConfigureAwait(false);
                return listed;
            }
        }

        /// <summary>The socket's place in the pipeline: an account, and one page of one caller ID.</summary>
        internal sealed class MadeUpAnswers : HttpMessageHandler
        {
            private const string Account = "{\"account\":{\"name\":\"warm-up\",\"uuid\":\"ACC0\"},\"limits\":{\"requests_per_minute\":80}}";
            private const string OnePage = "{\"success\":true,\"count\":1,\"page\":0,\"caller_ids\":[{\"uuid\":\"VCI0\",\"account_uuid\":\"ACC0\",\"phone_number\":\"+12135550100\",\"friendly_name\":\"+12135550100\",\"iso_country_code\":\"US\",\"type\":\"CI\",\"verified\":true,\"created_at\":\"2025-01-01T00:00:00Z\",\"updated_at\":\"2025-01-01T00:00:00Z\",\"expires_at\":null}]}";

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var body = request.RequestUri!.AbsolutePath.EndsWith("/info", StringComparison.Ordinal) ? Account : OnePage;
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) });
            }
        }
    }
}

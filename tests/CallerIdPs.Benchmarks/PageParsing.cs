using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Benchmarks
{
    /// <summary>
    /// The CPU a listing spends outside the network, in one process with no PowerShell: the 51 page bodies of a 10,000-item
    /// 2Chat listing (read once from the emulator) parsed by the module and by System.Text.Json's typed read, and the
    /// module's whole client (pipeline, paging guards, parser) over the same bodies answered from memory, against a bare
    /// HttpClient with the module's parser over the same answers.
    /// </summary>
    internal static class PageParsing
    {
        public sealed class Result
        {
            public double ModuleParserMs { get; set; }
            public double SerializerMs { get; set; }
            public double ClientInMemoryMs { get; set; }
            public double BareClientInMemoryMs { get; set; }
            public int Rounds { get; set; }
        }

        public static async Task<Result> MeasureAsync(int items, int rounds)
        {
            var emulator = ListingEmulator.WithCallerIds(items);
            byte[] info;
            var pages = new List<byte[]>();
            await using (var server = await LoopbackEmulatorServer.StartAsync(emulator))
            using (var http = new HttpClient())
            {
                http.DefaultRequestHeaders.Add("X-User-API-Key", emulator.Options.ApiKey);
                info = await http.GetByteArrayAsync(new Uri(server.BaseUri, "/info"));
                for (var page = 0; page <= items / 200; page++)
                {
                    pages.Add(await http.GetByteArrayAsync(new Uri(server.BaseUri, $"/open/voip/caller-ids?page_number={page}&results_per_page=200")));
                }
            }

            var origin = new Model.RecordOrigin(Model.ProviderKind.TwoChat, "Bench");
            using var connection = await Connections.ConnectionFactory.ConnectAsync(
                new Connections.ConnectionRequest("Bench", Model.ProviderKind.TwoChat)
                {
                    Credential = new Connections.ApiKeyCredential(Connections.Secret.FromPlainText(emulator.Options.ApiKey)),
                    SandboxHandler = () => new PagesFromMemory(info, pages),
                },
                CancellationToken.None);
            var source = connection.ClientAs<Providers.ICallerIdSource>();
            using var bare = new HttpClient(new PagesFromMemory(info, pages));

            int ModuleParser()
            {
                var n = 0;
                foreach (var body in pages) n += Providers.TwoChat.TwoChatParser.CallerIdPage(body, origin)!.Items.Count;
                return n;
            }

            int Serializer()
            {
                var n = 0;
                foreach (var body in pages) n += PlainListing.ParsePage(body);
                return n;
            }

            async Task<int> Client()
            {
                var n = 0;
                await foreach (var _ in source.ListCallerIdsAsync(new Providers.CallerIdQuery(), null, CancellationToken.None)) n++;
                return n;
            }

            async Task<int> BareClient()
            {
                var n = 0;
                for (var page = 0; ; page++)
                {
                    using var response = await bare.GetAsync($"http://pages.invalid/open/voip/caller-ids?page_number={page}&results_per_page=200");
                    var count = Providers.TwoChat.TwoChatParser.CallerIdPage(await response.Content.ReadAsByteArrayAsync(), origin)!.Items.Count;
                    n += count;
                    if (count < 200) return n;
                }
            }

            var ways = new (Func<Task<int>> Run, List<double> Times)[]
            {
                (() => Task.FromResult(ModuleParser()), new List<double>()),
                (() => Task.FromResult(Serializer()), new List<double>()),
                (Client, new List<double>()),
                (BareClient, new List<double>()),
            };
            for (var round = -10; round < rounds; round++)
            {
                for (var i = 0; i < ways.Length; i++)
                {
                    var (run, times) = ways[(i + Math.Max(round, 0)) % ways.Length];
                    var clock = Stopwatch.StartNew();
                    var count = await run();
                    if (count != items) throw new InvalidOperationException($"Read {count} of {items} caller IDs.");
                    if (round >= 0) times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            return new Result
            {
                ModuleParserMs = Stats.Median(ways[0].Times),
                SerializerMs = Stats.Median(ways[1].Times),
                ClientInMemoryMs = Stats.Median(ways[2].Times),
                BareClientInMemoryMs = Stats.Median(ways[3].Times),
                Rounds = rounds,
            };
        }

        /// <summary>Answers /info and each page from the bodies read once, with no network and no emulator work.</summary>
        private sealed class PagesFromMemory : HttpMessageHandler
        {
            private readonly byte[] _info;
            private readonly IReadOnlyList<byte[]> _pages;

            public PagesFromMemory(byte[] info, IReadOnlyList<byte[]> pages)
            {
                _info = info;
                _pages = pages;
            }

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var uri = request.RequestUri!;
                var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
                var body = uri.AbsolutePath == "/info" ? _info : _pages[int.Parse(query["page_number"]!, System.Globalization.CultureInfo.InvariantCulture)];
                var answer = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body), RequestMessage = request };
                answer.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                return Task.FromResult(answer);
            }
        }
    }
}

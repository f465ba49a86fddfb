using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Http;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>
    /// 2Chat's API (https://api.p.2chat.io): caller IDs, virtual numbers, and the number purchase flow.
    /// Knows 2Chat's paths, parameters and bodies, and nothing about PowerShell. One type (the connector's
    /// <c>ClientType</c>, whose interfaces are the provider's capabilities), written as one file per capability:
    /// TwoChatClient.CallerIds, .VirtualNumbers, .Catalog, .Reservations and .Purchases; this file holds what they share.
    /// </summary>
    public sealed partial class TwoChatClient
    {
        /// <summary>Items asked for per page. 2Chat's documented default; sent explicitly because its examples use 50.</summary>
        public const int PageSize = 200;

        private readonly ProviderApi _api;
        private readonly RecordOrigin _origin;
        private readonly TwoChatOutcomes _outcomes;
        private readonly TwoChatPurchasePlanner _planner;

        internal TwoChatClient(ProviderApi api, RecordOrigin origin)
        {
            _api = api;
            _origin = origin;
            _outcomes = new TwoChatOutcomes(this);
            _planner = new TwoChatPurchasePlanner(this);
        }

        /// <summary>The connection this client answers for.</summary>
        internal string ConnectionName => _origin.ConnectionName;

        internal async Task<TwoChatAccount> GetAccountAsync(CancellationToken cancellationToken)
        {
            var response = await _api.SendAsync(ApiRequest.Get("/info", "read the account"), cancellationToken).ConfigureAwait(false);
            return Parse(response, TwoChatParser.Info);
        }

        private static ApiRequest Paged(string path, string operation, int page) =>
            ApiRequest.Get(path, operation)
                .WithQuery("page_number", page)
                .WithQuery("results_per_page", PageSize);

        /// <summary>Parses an answer (2Chat's success:false never gets here: ProviderApi reports it as the refusal it is).</summary>
        private static T Parse<T>(ApiResponse response, Func<JsonDocument, T> parse) => response.Parse(parse);
    }
}

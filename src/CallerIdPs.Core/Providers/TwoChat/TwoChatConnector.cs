using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Http;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    internal sealed class TwoChatConnector : ProviderConnector
    {
        private static readonly IProviderErrorReader Errors = new TwoChatErrorReader();

        /// <summary>The limit 2Chat's /info example reports, kept when /info reports none or one that cannot be a limit (0, -1).</summary>
        public const int DocumentedRequestsPerMinute = 80;

        public override ProviderKind Provider => ProviderKind.TwoChat;

        public override string DisplayName => "2Chat";

        public override CredentialShape CredentialShape => CredentialShape.ApiKey;

        public override IReadOnlyList<CredentialVariables> CredentialVariables { get; } = new[] { Connections.CredentialVariables.Key("CALLERID_TWOCHAT_API_KEY") };

        public override Type ClientType => typeof(TwoChatClient);

        public override CallerIdFilter CallerIdFilters => CallerIdFilter.Type;

        public override IProviderErrorReader ErrorReader => Errors;

        public override Uri DocumentedOrigin(ConnectionRequest request) => new Uri("https://api.p.2chat.io/");

        public override Func<DelegatingHandler> Authentication(ConnectionRequest request, ProviderApiSlot api) => ApiKeyHeader(request, "X-User-API-Key", null);

        public override object CreateClient(ProviderApi api, RecordOrigin origin, ConnectionRequest request) => new TwoChatClient(api, origin);

        /// <summary>GET /info: checks the key and learns the account's name and its requests-per-minute limit.</summary>
        public override async Task DescribeAsync(CallerIdConnection connection, CancellationToken cancellationToken)
        {
            var account = await connection.ClientAs<TwoChatClient>().GetAccountAsync(cancellationToken).ConfigureAwait(false);
            connection.Account = account.Name;
            connection.RequestsPerMinute = connection.RequestsPerMinute ?? PaceBounds.PerMinute(account.RequestsPerMinute, DocumentedRequestsPerMinute);
        }
    }
}

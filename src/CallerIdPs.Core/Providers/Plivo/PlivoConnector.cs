using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Http;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.Plivo
{
    internal sealed class PlivoConnector : ProviderConnector
    {
        private static readonly IProviderErrorReader Errors = new PlivoErrorReader();

        /// <summary>Plivo allows 300 requests per 5 seconds for non-call APIs.</summary>
        public const int DocumentedRequestsPerMinute = 300 * 12;

        public override ProviderKind Provider => ProviderKind.Plivo;

        public override CredentialShape CredentialShape => CredentialShape.Pair("Auth ID as user name, Auth Token as password");


        public override Type ClientType => typeof(PlivoClient);

        public override IProviderErrorReader ErrorReader => Errors;

        public override CallerIdEditing CallerIdEditing => PlivoClient.Editing;

        public override Uri DocumentedOrigin(ConnectionRequest request) => new Uri("https://api.plivo.com/");

        public override Func<DelegatingHandler> Authentication(ConnectionRequest request, ProviderApiSlot api)
        {
            var credential = RequireCredential<ClientCredential>(request);
            return () => new BasicAuthHandler(credential.Id, credential.Secret);
        }

        public override object CreateClient(ProviderApi api, RecordOrigin origin, ConnectionRequest request) =>
            new PlivoClient(api, origin, RequireCredential<ClientCredential>(request).Id);

        /// <summary>300 per 5 seconds, as documented, unless the user set -RequestsPerMinute.</summary>
        public override (int Count, TimeSpan Window) Pace(CallerIdConnection connection, ConnectionRequest request) =>
            request.RequestsPerMinute.HasValue ? base.Pace(connection, request) : (300, TimeSpan.FromSeconds(5));

        /// <summary>Lists one caller ID: proves the Auth ID and token and costs nothing.</summary>
        public override async Task DescribeAsync(CallerIdConnection connection, CancellationToken cancellationToken)
        {
            var client = connection.ClientAs<PlivoClient>();
            await client.ProbeAsync(cancellationToken).ConfigureAwait(false);
            connection.Account = client.AuthId;
            connection.RequestsPerMinute = connection.RequestsPerMinute ?? DocumentedRequestsPerMinute;
        }
    }
}

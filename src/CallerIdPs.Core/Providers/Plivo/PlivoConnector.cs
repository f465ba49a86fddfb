using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.RegularExpressions;
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

        /// <summary>Plivo's Auth IDs: MA (main account) or SA (subaccount) and 18 capitals or digits.</summary>
        private static readonly Regex AuthIdShape = new Regex("^(MA|SA)[A-Z0-9]{18}$", RegexOptions.CultureInvariant);

        public override ProviderKind Provider => ProviderKind.Plivo;

        public override string DisplayName => "Plivo";

        public override CredentialShape CredentialShape => CredentialShape.Pair("Auth ID", "Auth Token");

        /// <summary>The module's own names first, then the ones Plivo's SDKs read.</summary>
        public override IReadOnlyList<CredentialVariables> CredentialVariables { get; } = new[]
        {
            Connections.CredentialVariables.Pair("CALLERID_PLIVO_AUTH_ID", "CALLERID_PLIVO_AUTH_TOKEN"),
            Connections.CredentialVariables.Pair("PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN"),
        };

        /// <summary>The Auth ID goes into every path, so one of another shape is refused before any request.</summary>
        public override void CheckCredential(ConnectionRequest request)
        {
            if (request.Credential is ClientCredential client && !AuthIdShape.IsMatch(client.Id))
            {
                throw CredentialRules.Refused(
                    "Credential",
                    "The Plivo Auth ID does not have the shape Plivo gives them: MA or SA followed by 18 capital letters and digits.",
                    "Copy the Auth ID from the Plivo console (it is the user name of -Credential, or CALLERID_PLIVO_AUTH_ID).");
            }
        }

        public override ConnectionDetails? Details(ConnectionRequest request) =>
            request.Credential is ClientCredential client ? new PlivoConnectionDetails(client.Id) : null;

        public override Type ClientType => typeof(PlivoClient);

        public override IProviderErrorReader ErrorReader => Errors;

        public override CallerIdEditing CallerIdEditing => PlivoClient.Editing;

        public override CallerIdFilter CallerIdFilters => CallerIdFilter.Subaccount;

        public override VirtualNumberField VirtualNumberFields => VirtualNumberField.Name | VirtualNumberField.Subaccount | VirtualNumberField.ApplicationId;

        public override Uri DocumentedOrigin(ConnectionRequest request) => new Uri("https://api.plivo.com/");

        public override Func<DelegatingHandler> Authentication(ConnectionRequest request, ProviderApiSlot api)
        {
            var credential = RequireCredential<ClientCredential>(request);
            return () => new BasicAuthHandler(credential.Id, credential.Secret);
        }

        public override object CreateClient(ProviderApi api, RecordOrigin origin, ConnectionRequest request) =>
            new PlivoClient(api, origin, RequireCredential<ClientCredential>(request).Id);

        /// <summary>300 per 5 seconds, as documented, unless the user set -RequestsPerMinute.</summary>
        protected override (int Count, TimeSpan Window)? DocumentedPace => (300, TimeSpan.FromSeconds(5));

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

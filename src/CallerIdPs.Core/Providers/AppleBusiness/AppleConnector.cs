using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.AppleBusiness
{
    internal sealed class AppleConnector : ProviderConnector
    {
        private static readonly IProviderErrorReader Errors = new AppleErrorReader();

        /// <summary>Production and DQE allow 15 requests per second.</summary>
        public const int DocumentedRequestsPerSecond = 15;

        private const string CredentialHint =
            "Check the service account's client id and secret (-Credential, or CALLERID_APPLE_CLIENT_ID and CALLERID_APPLE_CLIENT_SECRET) and -Environment.";

        public override ProviderKind Provider => ProviderKind.AppleBusiness;

        public override CredentialShape CredentialShape => CredentialShape.Pair("client id as user name, client secret as password", takesBrand: true);


        public override Type ClientType => typeof(AppleClient);

        public override IProviderErrorReader ErrorReader => Errors;

        public override CallerIdEditing CallerIdEditing => AppleDepartment.Editing;

        public override Uri DocumentedOrigin(ConnectionRequest request)
        {
            switch (request.AppleEnvironment)
            {
                case AppleEnvironment.Qualification: return new Uri("https://api-qualification.business.apple.com/");
                case AppleEnvironment.DataQualification: return new Uri("https://data-qualification.business.apple.com/");
                default: return new Uri("https://business.apple.com/");
            }
        }

        public override Func<DelegatingHandler> Authentication(ConnectionRequest request, ProviderApiSlot api)
        {
            var credential = RequireCredential<ClientCredential>(request);
            CheckAccount(request);
            var tokens = new AppleTokenCache(ct => FetchTokenAsync(api, credential, ct), () => DateTimeOffset.UtcNow);
            return () => new AppleTokenHandler(tokens);
        }

        public override object CreateClient(ProviderApi api, RecordOrigin origin, ConnectionRequest request)
        {
            var (organization, brand) = CheckAccount(request);
            return new AppleClient(api, origin, organization, brand);
        }

        /// <summary>15 per second, as documented, unless the user set -RequestsPerMinute.</summary>
        public override (int Count, TimeSpan Window) Pace(CallerIdConnection connection, ConnectionRequest request) =>
            request.RequestsPerMinute.HasValue ? base.Pace(connection, request) : (DocumentedRequestsPerSecond, TimeSpan.FromSeconds(1));

        /// <summary>Gets a token and lists one caller ID: proves the credential, the organization and the brand.</summary>
        public override async Task DescribeAsync(CallerIdConnection connection, CancellationToken cancellationToken)
        {
            var client = connection.ClientAs<AppleClient>();
            await client.ProbeAsync(cancellationToken).ConfigureAwait(false);
            connection.Account = $"organization {client.OrganizationId}, brand {client.BrandId}";
            connection.RequestsPerMinute = connection.RequestsPerMinute ?? DocumentedRequestsPerSecond * 60;
        }

        private static (string Organization, string Brand) CheckAccount(ConnectionRequest request)
        {
            if (string.IsNullOrWhiteSpace(request.OrganizationId) || string.IsNullOrWhiteSpace(request.BrandId))
            {
                throw new CallerIdException(
                    CallerIdErrorKind.InvalidInput,
                    $"Apple Business needs the organization and the brand: pass -OrganizationId and -BrandId, or set {EnvironmentCredentials.AppleOrganizationId} and {EnvironmentCredentials.AppleBrandId}.",
                    "Both ids are on the Apple Business web page of the brand (digit strings).")
                {
                    OffendingValue = string.IsNullOrWhiteSpace(request.OrganizationId) ? "OrganizationId" : "BrandId",
                };
            }

            return (Guard.AppleId(request.OrganizationId, "OrganizationId"), Guard.AppleId(request.BrandId, "BrandId"));
        }

        /// <summary>The client-credentials grant, sent through the connection's own pipeline (pacing, retries, redacted logging).</summary>
        private static async Task<AppleAccessToken> FetchTokenAsync(ProviderApiSlot slot, ClientCredential credential, CancellationToken cancellationToken)
        {
            var api = slot.Api ?? throw new InvalidOperationException("The Apple Business connection is not open yet.");
            var body = new Dictionary<string, string>
            {
                ["client_id"] = credential.Id,
                ["client_secret"] = credential.Secret.Reveal(),
                ["grant_type"] = "client_credentials",
                ["scope"] = "business",
            };
            var request = ApiRequest.Post(AppleClient.TokenPath, "get an access token", body)
                .Idempotent()
                .OnStatus(400, CallerIdErrorKind.AuthenticationFailed, CredentialHint)
                .OnStatus(401, CallerIdErrorKind.AuthenticationFailed, CredentialHint)
                .OnStatus(403, CallerIdErrorKind.AuthenticationFailed, CredentialHint);
            var response = await api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var token = response.Parse(AppleParser.Token);
            api.Secrets.Add(() => token.Value); // masked in any later error that echoes it
            return token;
        }
    }
}

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

        public const string OrganizationIdSetting = "OrganizationId";
        public const string BrandIdSetting = "BrandId";
        public const string EnvironmentSetting = "Environment";
        private const string OrganizationIdVariable = "CALLERID_APPLE_ORG_ID";
        private const string BrandIdVariable = "CALLERID_APPLE_BRAND_ID";

        public override ProviderKind Provider => ProviderKind.AppleBusiness;

        public override string DisplayName => "Apple Business";

        public override CredentialShape CredentialShape => CredentialShape.Pair("client id", "client secret");

        public override IReadOnlyList<CredentialVariables> CredentialVariables { get; } = new[]
        {
            Connections.CredentialVariables.Pair("CALLERID_APPLE_CLIENT_ID", "CALLERID_APPLE_CLIENT_SECRET"),
        };

        /// <summary>-OrganizationId, -BrandId (or their environment variables) and -Environment.</summary>
        public override IReadOnlyList<ProviderSetting> Settings { get; } = new[]
        {
            new ProviderSetting(OrganizationIdSetting, OrganizationIdVariable),
            new ProviderSetting(BrandIdSetting, BrandIdVariable),
            new ProviderSetting(EnvironmentSetting),
        };

        public override ConnectionDetails? Details(ConnectionRequest request) =>
            new AppleConnectionDetails(request.Settings.Get(OrganizationIdSetting), request.Settings.Get(BrandIdSetting), EnvironmentOf(request));

        public override Type ClientType => typeof(AppleClient);

        public override IProviderErrorReader ErrorReader => Errors;

        public override CallerIdEditing CallerIdEditing => AppleDepartment.Editing;

        public override CallerIdFilter CallerIdFilters => CallerIdFilter.State | CallerIdFilter.Department;

        public override Uri DocumentedOrigin(ConnectionRequest request)
        {
            switch (EnvironmentOf(request))
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
        protected override (int Count, TimeSpan Window)? DocumentedPace => (DocumentedRequestsPerSecond, TimeSpan.FromSeconds(1));

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
            var organization = request.Settings.Get(OrganizationIdSetting);
            var brand = request.Settings.Get(BrandIdSetting);
            if (organization == null || brand == null)
            {
                throw new CallerIdException(
                    CallerIdErrorKind.InvalidInput,
                    $"Apple Business needs the organization and the brand: pass -OrganizationId and -BrandId, or set {OrganizationIdVariable} and {BrandIdVariable}.",
                    "Both ids are on the Apple Business web page of the brand (digit strings).")
                {
                    OffendingValue = organization == null ? OrganizationIdSetting : BrandIdSetting,
                };
            }

            return (AppleGuard.AppleId(organization, OrganizationIdSetting), AppleGuard.AppleId(brand, BrandIdSetting));
        }

        /// <summary>-Environment as the cmdlet bound it (an <see cref="AppleEnvironment"/> name); Production when not given.</summary>
        private static AppleEnvironment EnvironmentOf(ConnectionRequest request)
        {
            var given = request.Settings.Get(EnvironmentSetting);
            if (given == null)
            {
                return AppleEnvironment.Production;
            }

            return Enum.TryParse<AppleEnvironment>(given, true, out var environment) && Enum.IsDefined(typeof(AppleEnvironment), environment)
                ? environment
                : throw new CallerIdException(
                    CallerIdErrorKind.InvalidInput,
                    $"Environment: '{given}' is not an Apple Business environment ({string.Join(", ", Enum.GetNames(typeof(AppleEnvironment)))}).") { OffendingValue = given };
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

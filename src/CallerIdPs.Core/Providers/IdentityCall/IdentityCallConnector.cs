using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.IdentityCall
{
    internal sealed class IdentityCallConnector : ProviderConnector
    {
        /// <summary>IdentityCall's Free plan: 60 requests a minute.</summary>
        public const int FreePlanRequestsPerMinute = 60;

        /// <summary>IdentityCall's Pro plan: 300 requests a minute.</summary>
        public const int ProPlanRequestsPerMinute = 300;

        private static readonly IProviderErrorReader Errors = new IdentityCallErrorReader();
        private static readonly Regex KeyShape = new Regex("^idc_[A-Za-z0-9]{32}$", RegexOptions.CultureInvariant);

        public override ProviderKind Provider => ProviderKind.IdentityCall;

        public override string DisplayName => "IdentityCall";

        public override CredentialShape CredentialShape => CredentialShape.ApiKey;

        public override IReadOnlyList<CredentialVariables> CredentialVariables { get; } = new[] { Connections.CredentialVariables.Key("CALLERID_IDENTITYCALL_API_KEY") };

        public override Type ClientType => typeof(IdentityCallClient);

        public override VirtualNumberField VirtualNumberFields =>
            VirtualNumberField.Name | VirtualNumberField.Active | VirtualNumberField.Recording | VirtualNumberField.RoutingStrategy;

        public override IProviderErrorReader ErrorReader => Errors;

        // Some old pages say api.identitycall.com; the spec says .ai is the one in use.
        public override Uri DocumentedOrigin(ConnectionRequest request) => new Uri("https://api.identitycall.ai/");

        /// <summary>Authorization: Bearer idc_…; a key of another shape is refused before any request (and never echoed).</summary>
        public override Func<DelegatingHandler> Authentication(ConnectionRequest request, ProviderApiSlot api)
        {
            var authentication = ApiKeyHeader(request, "Authorization", "Bearer");
            if (!KeyShape.IsMatch(((ApiKeyCredential)request.Credential!).Key.Reveal()))
            {
                throw new CallerIdException(
                    CallerIdErrorKind.InvalidInput,
                    "The IdentityCall API key does not have the shape IdentityCall gives its keys: 'idc_' followed by 32 letters and digits.",
                    "Copy the whole key from IdentityCall (it starts with idc_), without spaces, and connect again.")
                {
                    OffendingValue = "ApiKey",
                };
            }

            return authentication;
        }

        public override object CreateClient(ProviderApi api, RecordOrigin origin, ConnectionRequest request) => new IdentityCallClient(api, origin);

        /// <summary>
        /// Lists the numbers to prove the key (401 fails the connection; a key without read permission still connects).
        /// IdentityCall's limit depends on the plan (Free 60/min, Pro 300/min) and no call says which plan an account is on,
        /// so the connection keeps to the Free plan's 60 unless -RequestsPerMinute says more: paced too slowly costs a Pro
        /// account some speed, paced too fast would get a Free account's bulk jobs refused with 429s.
        /// </summary>
        public override async Task DescribeAsync(CallerIdConnection connection, CancellationToken cancellationToken)
        {
            await connection.ClientAs<IdentityCallClient>().ProbeAsync(cancellationToken).ConfigureAwait(false);
            connection.RequestsPerMinute = connection.RequestsPerMinute ?? FreePlanRequestsPerMinute;
            connection.AccountIsTheKeys(); // IdentityCall's API names no account or project
        }
    }
}

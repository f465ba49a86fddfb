using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;

namespace CallerIdPs.Connections
{
    /// <summary>Opens connections: picks the provider's connector, builds the shared HTTP pipeline around it, checks the credential.</summary>
    public static class ConnectionFactory
    {
        /// <summary>
        /// The providers the module drives: the one registration entry of each (its name in <see cref="ProviderKind"/> is the
        /// other). Everything a provider differs in is asked of its connector.
        /// </summary>
        private static readonly Dictionary<ProviderKind, ProviderConnector> Connectors = new ProviderConnector[]
        {
            new Providers.TwoChat.TwoChatConnector(),
            new Providers.Plivo.PlivoConnector(),
            new Providers.AppleBusiness.AppleConnector(),
            new Providers.IdentityCall.IdentityCallConnector(),
        }.ToDictionary(connector => connector.Provider);

        internal static IEnumerable<ProviderConnector> Registered => Connectors.Values;

        internal static ProviderConnector? ConnectorOf(ProviderKind provider) =>
            Connectors.TryGetValue(provider, out var connector) ? connector : null;

        /// <summary>New/Set/Remove-CallerId's checks before a connection is chosen, from what each provider declares.</summary>
        public static Providers.CallerIdChangeRules CallerIdChanges => LazyCallerIdChanges.Value;

        /// <summary>Each provider's declared Get-CallerId filters (<see cref="ProviderConnector.CallerIdFilters"/>).</summary>
        internal static IReadOnlyList<(ProviderKind Provider, Providers.CallerIdFilter Filters)> CallerIdFilters => LazyCallerIdFilters.Value;

        /// <summary>Set-VirtualNumber's and Invoke-NumberPurchase's refusals, from the changes each provider's numbers take.</summary>
        public static Providers.VirtualNumberChangeRules VirtualNumberChanges => LazyVirtualNumberChanges.Value;

        // Each table is built when a command first needs it, not with the connectors that every command needs: building
        // the caller-ID change rules alone took 21-24 ms of a fresh session's Connect-CallerIdProvider (generic sorting
        // over value tuples, compiled on first use), for commands that change caller IDs.
        private static readonly Lazy<Providers.CallerIdChangeRules> LazyCallerIdChanges = new Lazy<Providers.CallerIdChangeRules>(() =>
            new Providers.CallerIdChangeRules(Connectors.Values.Where(c => c.CallerIdEditing != null).Select(c => (c.Provider, c.CallerIdEditing!))));

        private static readonly Lazy<IReadOnlyList<(ProviderKind Provider, Providers.CallerIdFilter Filters)>> LazyCallerIdFilters =
            new Lazy<IReadOnlyList<(ProviderKind Provider, Providers.CallerIdFilter Filters)>>(() => Connectors.Values.Select(c => (c.Provider, c.CallerIdFilters)).ToList());

        private static readonly Lazy<Providers.VirtualNumberChangeRules> LazyVirtualNumberChanges = new Lazy<Providers.VirtualNumberChangeRules>(() =>
            new Providers.VirtualNumberChangeRules(Connectors.Values.Select(c => (c.Provider, c.VirtualNumberFields))));

        /// <summary>What a provider's connections can do (nothing for providers the module does not drive yet).</summary>
        public static ProviderCapability CapabilitiesOf(ProviderKind provider) =>
            Connectors.TryGetValue(provider, out var connector) ? connector.Capabilities : ProviderCapability.None;

        /// <summary>Whether the provider's connections can be asked for <paramref name="capability"/>, for a record piped without a connection at hand.</summary>
        public static bool Supports(ProviderKind provider, ProviderCapability capability) => (CapabilitiesOf(provider) & capability) == capability;

        /// <summary>How the provider's credential is given (a provider the module does not drive yet: a user name and password).</summary>
        public static CredentialShape CredentialShapeOf(ProviderKind provider) =>
            Connectors.TryGetValue(provider, out var connector) ? connector.CredentialShape : CredentialShape.Pair("client id", "client secret");

        /// <summary>The providers whose client implements <typeparamref name="TCapability"/>, for messages that name them.</summary>
        public static IReadOnlyList<ProviderKind> ProvidersImplementing<TCapability>() =>
            Connectors.Values.Where(c => typeof(TCapability).IsAssignableFrom(c.ClientType)).Select(c => c.Provider).ToList();

        public static async Task<CallerIdConnection> ConnectAsync(ConnectionRequest request, CancellationToken cancellationToken)
        {
            if (!Connectors.TryGetValue(request.Provider, out var connector))
            {
                throw new CallerIdException(
                    CallerIdErrorKind.NotSupported,
                    $"This version of the module cannot connect to {request.Provider.DisplayName()} yet.");
            }

            CredentialRules.Check(request, connector);
            var origin = request.BaseUri != null ? BaseUriRules.Origin(request.BaseUri)
                : request.IsSandbox ? connector.SandboxOrigin
                : connector.DocumentedOrigin(request);
            var slot = new ProviderApiSlot();
            var connection = new CallerIdConnection(request, origin, connector.Capabilities, connector.Details(request));
            var providerName = request.Provider.DisplayName();
            var secrets = ConnectionSecrets.Of(request.Credential);
            var settings = new HttpPipelineSettings(providerName, request.SandboxHandler ?? CreateSocketHandler)
            {
                Secrets = secrets,
                Authentication = connector.Authentication(request, slot),
                RequestTimeout = request.RequestTimeout,
            };
            settings.OuterStages.Add(() => new ResilienceHandler(request.Retry, request.RequestTimeout, providerName));
            settings.OuterStages.Add(() => new PacingHandler(connection.Pacer, providerName));

            var pipeline = HttpPipeline.Build(settings);
            connection.Attach(pipeline);
            try
            {
                var api = new ProviderApi(request.Provider, origin, pipeline.CreateClient, connector.ErrorReader)
                {
                    CallDeadline = request.CallDeadline,
                    Secrets = secrets,
                };
                slot.Api = api;
                connection.Api = api;
                var journal = new Journal.ConnectionJournal(request.Journal ?? new Journal.CallerIdJournal(), request.Provider, request.Name, request.JournalPath);
                journal.CheckWritable();
                connection.Unsafe = new Money.UnsafeRequests(journal, request.Settlement, request.RequestTimeout);
                connection.Client = connector.CreateClient(api, new RecordOrigin(request.Provider, request.Name) { Unsafe = connection.Unsafe }, request);
                await connector.DescribeAsync(connection, cancellationToken).ConfigureAwait(false);
                journal.Account = connection.JournalAccount;
                journal.AccountShown = AccountWording.Of(connection);
                journal.Load();
                var (count, window) = connector.Pace(connection, request);
                connection.Pacer.SetLimit(count, window, setByUser: request.RequestsPerMinute.HasValue);
                return connection;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        // Certificate checks stay on: the module never installs a validation callback.
        private static HttpMessageHandler CreateSocketHandler() => new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
    }
}

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;

namespace CallerIdPs.Connections
{
    /// <summary>
    /// What differs between providers when a connection opens: where they live, how they authenticate, how they
    /// phrase errors, which client talks to them and how a new connection is checked. Everything else is shared.
    /// </summary>
    internal abstract class ProviderConnector
    {
        public abstract ProviderKind Provider { get; }

        /// <summary>The provider's own name, as admins know it, in messages and views.</summary>
        public abstract string DisplayName { get; }

        /// <summary>Where the environment can hold the credential, in the order they are tried (a provider's SDKs may have names of their own).</summary>
        public abstract IReadOnlyList<CredentialVariables> CredentialVariables { get; }

        /// <summary>What the connection takes besides the credential (an organization, an environment…); read from <see cref="ConnectionRequest.Settings"/>.</summary>
        public virtual IReadOnlyList<ProviderSetting> Settings => Array.Empty<ProviderSetting>();

        /// <summary>What the provider adds to the connection it opens (shown as its Details), or null.</summary>
        public virtual ConnectionDetails? Details(ConnectionRequest request) => null;

        /// <summary>Checks the credential's shape before any request (after the shared checks in <see cref="CredentialRules"/>).</summary>
        public virtual void CheckCredential(ConnectionRequest request)
        {
        }

        /// <summary>The type <see cref="CreateClient"/> returns; its capability interfaces are the provider's capabilities.</summary>
        public abstract Type ClientType { get; }

        public ProviderCapability Capabilities => CapabilityInterfaces.Of(ClientType);

        /// <summary>What editing its caller IDs takes (fields, checks), for a client that implements ICallerIdEditor; else null.</summary>
        public virtual Providers.CallerIdEditing? CallerIdEditing => null;

        /// <summary>The Get-CallerId filters only some providers' caller IDs carry that its caller IDs have.</summary>
        public virtual Providers.CallerIdFilter CallerIdFilters => Providers.CallerIdFilter.None;

        /// <summary>The Set-VirtualNumber changes its numbers take, for a client that implements IVirtualNumberEditor.</summary>
        public virtual Providers.VirtualNumberField VirtualNumberFields => Providers.VirtualNumberField.None;

        public abstract CredentialShape CredentialShape { get; }

        public abstract IProviderErrorReader ErrorReader { get; }

        /// <summary>The provider's documented scheme, host and port.</summary>
        public abstract Uri DocumentedOrigin(ConnectionRequest request);

        public Uri SandboxOrigin => new Uri($"https://{Provider.ToString().ToLowerInvariant()}.sandbox.invalid/");

        public abstract Func<DelegatingHandler> Authentication(ConnectionRequest request, ProviderApiSlot api);

        public abstract object CreateClient(ProviderApi api, RecordOrigin origin, ConnectionRequest request);

        /// <summary>One cheap call that proves the credential works and learns the account's name and limits.</summary>
        public virtual Task DescribeAsync(CallerIdConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

        /// <summary>The provider's documented limit when its window is shorter than a minute (N per 5 s, N per second); null otherwise.</summary>
        protected virtual (int Count, TimeSpan Window)? DocumentedPace => null;

        /// <summary>
        /// The provider's limit as requests per window: the documented one (<see cref="DocumentedPace"/>) unless the user set
        /// -RequestsPerMinute; otherwise the connection's requests per minute (the user's override, or what the provider reported).
        /// </summary>
        public (int Count, TimeSpan Window) Pace(CallerIdConnection connection, ConnectionRequest request) =>
            !request.RequestsPerMinute.HasValue && DocumentedPace.HasValue ? DocumentedPace.Value
            : connection.RequestsPerMinute.HasValue ? (connection.RequestsPerMinute.Value, TimeSpan.FromMinutes(1))
            : (0, TimeSpan.Zero);

        /// <summary>Authentication by an API key sent in a header on every request, with or without a scheme ("Bearer").</summary>
        protected Func<DelegatingHandler> ApiKeyHeader(ConnectionRequest request, string header, string? scheme)
        {
            var key = RequireCredential<ApiKeyCredential>(request).Key;
            return () => new ApiKeyHandler(header, scheme, key);
        }

        protected T RequireCredential<T>(ConnectionRequest request)
            where T : ProviderCredential
        {
            if (request.Credential is T credential)
            {
                return credential;
            }

            throw new CallerIdException(
                CallerIdErrorKind.CredentialMissing,
                $"No {DisplayName} credential was given and none was found in the environment ({EnvironmentCredentials.Names(Provider)}).");
        }
    }

    /// <summary>Lets an authentication stage call its own provider (Apple fetches tokens) once the API exists.</summary>
    internal sealed class ProviderApiSlot
    {
        public ProviderApi? Api { get; set; }
    }
}

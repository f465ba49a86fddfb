using System;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;

namespace CallerIdPs.Connections
{
    /// <summary>
    /// An open connection to one provider account. Its public properties are safe to show, log and serialise:
    /// the credential lives in the connection's HTTP pipeline and is reachable from nothing public here.
    /// </summary>
    public sealed class CallerIdConnection : IDisposable
    {
        private IDisposable? _pipeline;

        internal CallerIdConnection(ConnectionRequest request, Uri baseUri, ProviderCapability capabilities, ConnectionDetails? details = null)
        {
            Name = request.Name;
            Provider = request.Provider;
            BaseUri = baseUri;
            Sandbox = request.IsSandbox;
            Capabilities = capabilities;
            RequestTimeout = request.RequestTimeout;
            RequestsPerMinute = request.RequestsPerMinute;
            ConnectedAt = DateTimeOffset.Now;
            Details = details;
        }

        public string Name { get; }

        public ProviderKind Provider { get; }

        public string ProviderName => Provider.DisplayName();

        /// <summary>The account as the provider names it; for a provider that names none (IdentityCall), <see cref="KeysAccount"/>.</summary>
        public string? Account
        {
            get => ProviderNamesAccount ?? (_accountIsTheKeys ? KeysAccount : null);
            internal set => ProviderNamesAccount = value;
        }

        /// <summary>What <see cref="Account"/> says for a provider whose API names no account or project: its key reaches one.</summary>
        public const string KeysAccount = "the API key's account";

        /// <summary>The account's name as the provider gave it, or null.</summary>
        internal string? ProviderNamesAccount { get; private set; }

        private bool _accountIsTheKeys;

        /// <summary>For a provider whose API names no account: the connection's account is the one its key belongs to.</summary>
        internal void AccountIsTheKeys() => _accountIsTheKeys = true;

        /// <summary>Scheme, host and port the connection talks to.</summary>
        public Uri BaseUri { get; }

        /// <summary>True when the built-in emulator answers instead of the provider: no money, no real numbers.</summary>
        public bool Sandbox { get; }

        public DateTimeOffset ConnectedAt { get; }

        /// <summary>The pace the connection keeps to, when the provider states one.</summary>
        public int? RequestsPerMinute { get; internal set; }

        public TimeSpan RequestTimeout { get; }

        public ProviderCapability Capabilities { get; }

        /// <summary>What the provider adds to its connections (the provider's <c>*ConnectionDetails</c> in its folder), or null.</summary>
        public ConnectionDetails? Details { get; }

        public bool IsOpen => _pipeline != null;

        /// <summary>How the connection was closed, as the rest of a sentence ("was closed with Disconnect-CallerIdProvider").</summary>
        internal string ClosedHow { get; set; } = "was closed";

        /// <summary>The file the connection appends its journal to, when -JournalPath (or CALLERID_JOURNAL_PATH) named one.</summary>
        public string? JournalPath => Unsafe?.Journal.Path;

        /// <summary>The journal and settling rule for this connection's requests that spend or delete.</summary>
        internal Money.UnsafeRequests? Unsafe { get; set; }

        /// <summary>
        /// The account as the journal keys it: repeats are refused per account, whatever the connection is called. Every
        /// sandbox connection is a fresh account (same name, nothing bought), so its key is its own.
        /// </summary>
        internal string JournalAccount => $"{ProviderName} {ProviderNamesAccount ?? Details?.AccountId ?? BaseUri.Authority}" + (Sandbox ? $" (sandbox {_sandboxId})" : "");

        private readonly string _sandboxId = Guid.NewGuid().ToString("N").Substring(0, 8);

        /// <summary>Stands for a name no open connection has, so the command can report NotConnected (naming the open ones).</summary>
        internal bool IsUnknown { get; private set; }

        internal ProviderApi? Api { get; set; }

        /// <summary>Paces every request on this connection, whichever cmdlet sends it.</summary>
        internal Http.RequestPacer Pacer { get; } = new Http.RequestPacer();

        internal object? Client { get; set; }

        public bool Supports(ProviderCapability capability) => (Capabilities & capability) == capability;

        internal T ClientAs<T>()
            where T : class
        {
            if (_pipeline == null)
            {
                throw new CallerIdException(CallerIdErrorKind.NotConnected, $"The connection '{Name}' was closed.");
            }

            return Client as T
                ?? throw new CallerIdException(CallerIdErrorKind.NotSupported, $"The connection '{Name}' is {ProviderName}, which does not offer this.");
        }

        internal static CallerIdConnection Unknown(string name) =>
            new CallerIdConnection(new ConnectionRequest(name, default), new Uri("http://unknown.invalid/"), default) { IsUnknown = true };

        internal void Attach(IDisposable pipeline) => _pipeline = pipeline;

        public void Dispose()
        {
            var pipeline = _pipeline;
            _pipeline = null;
            pipeline?.Dispose();
        }

        public override string ToString() => Sandbox ? $"{Name} ({ProviderName} sandbox)" : $"{Name} ({ProviderName})";
    }
}

using System;
using System.Net.Http;
using CallerIdPs.Model;

namespace CallerIdPs.Connections
{
    /// <summary>Everything Connect-CallerIdProvider gathered, checked and ready to open a connection with.</summary>
    public sealed class ConnectionRequest
    {
        public ConnectionRequest(string name, ProviderKind provider)
        {
            Name = name;
            Provider = provider;
        }

        public string Name { get; }

        public ProviderKind Provider { get; }

        public ProviderCredential? Credential { get; set; }

        /// <summary>Replaces scheme, host and port of the provider's documented URLs; paths stay as documented.</summary>
        public Uri? BaseUri { get; set; }

        /// <summary>For -Sandbox: the in-process emulator that answers instead of the provider.</summary>
        public Func<HttpMessageHandler>? SandboxHandler { get; set; }

        /// <summary>What the provider takes besides the credential by Connect-CallerIdProvider's parameter name; the connector declares and checks them.</summary>
        public ProviderSettings Settings { get; set; } = new ProviderSettings();

        /// <summary>One attempt's time, from sending to the last byte of the answer (-TimeoutSec).</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>
        /// The longest one call may take, every attempt and every wait included: one attempt's time plus the retries'
        /// waiting budget, unless set (100 s + 60 s by default; -TimeoutSec 5 gives 65 s).
        /// </summary>
        public TimeSpan CallDeadline
        {
            get => _callDeadline ?? RequestTimeout + Retry.MaxTotalDelay;
            set => _callDeadline = value;
        }

        private TimeSpan? _callDeadline;

        /// <summary>Overrides the pace the provider documents (IdentityCall's plan, for example).</summary>
        public int? RequestsPerMinute { get; set; }

        /// <summary>How failed requests are retried; tests shorten the waits.</summary>
        public Http.RetryPolicy Retry { get; set; } = new Http.RetryPolicy();

        /// <summary>The session's journal of requests that spend or delete; null gives the connection one of its own.</summary>
        public Journal.CallerIdJournal? Journal { get; set; }

        /// <summary>Where the connection appends its journal entries (JSON lines), and reads earlier ones at connect.</summary>
        public string? JournalPath { get; set; }

        /// <summary>When the account is checked after a purchase lost its answer; tests shorten the waits.</summary>
        public Money.SettlementSchedule Settlement { get; set; } = Money.SettlementSchedule.Default;

        public bool IsSandbox => SandboxHandler != null;
    }
}

using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using System.Text.RegularExpressions;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Sandbox;

namespace CallerIdPs.Cmdlets.Connections
{
    /// <summary>
    /// <para type="synopsis">Connects to a provider account (or to the built-in sandbox) for the other CallerId cmdlets.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "CallerIdProvider", DefaultParameterSetName = CredentialSet)]
    [OutputType(typeof(CallerIdConnection))]
    public sealed class ConnectCallerIdProviderCommand : CallerIdCmdlet
    {
        private const string CredentialSet = "Credential";
        private const string SandboxSet = "Sandbox";
        private const string JournalPathVariable = "CALLERID_JOURNAL_PATH";
        private static readonly Regex NamePattern = new Regex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant);

        [Parameter(Mandatory = true, Position = 0)]
        public ProviderKind Provider { get; set; }

        /// <summary><para type="description">2Chat or IdentityCall API key. Left out: CALLERID_TWOCHAT_API_KEY or CALLERID_IDENTITYCALL_API_KEY.</para></summary>
        [Parameter(ParameterSetName = CredentialSet)]
        public SecureString? ApiKey { get; set; }

        /// <summary><para type="description">Plivo: Auth ID as user name, Auth Token as password. Apple Business: client id and client secret.</para></summary>
        [Parameter(ParameterSetName = CredentialSet)]
        [Credential]
        public PSCredential? Credential { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        public string? OrganizationId { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        public string? BrandId { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        public AppleEnvironment Environment { get; set; } = AppleEnvironment.Production;

        /// <summary><para type="description">The connection's name (default: the provider's name), to hold several accounts in one session.</para></summary>
        [Parameter]
        public string? Name { get; set; }

        /// <summary><para type="description">Another host for the provider's API: replaces scheme, host and port only.</para></summary>
        [Parameter(ParameterSetName = CredentialSet)]
        public Uri? BaseUri { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 100;

        /// <summary><para type="description">Use the built-in emulator: a seeded account, no credentials, no money.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = SandboxSet)]
        public SwitchParameter Sandbox { get; set; }

        /// <summary><para type="description">Pace requests to this many per minute instead of the provider's documented or reported
        /// limit (IdentityCall's depends on your plan).</para></summary>
        [Parameter]
        [ValidateRange(1, 1000000)]
        public int RequestsPerMinute { get; set; }

        /// <summary><para type="description">Append every purchase, reservation, release, deletion and verification start this connection
        /// sends to this file (JSON lines, flushed per entry), and read it now: a number the file shows bought, or perhaps bought,
        /// on this account is not bought again without -AllowRepeat. Left out: CALLERID_JOURNAL_PATH, if set.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? JournalPath { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var name = Name ?? Provider.ToString();
            var request = new ConnectionRequest(name, Provider)
            {
                RequestTimeout = TimeSpan.FromSeconds(TimeoutSec),
                RequestsPerMinute = MyInvocation.BoundParameters.ContainsKey(nameof(RequestsPerMinute)) ? RequestsPerMinute : (int?)null,
                Journal = Registry.Journal,
            };
            var journalPath = JournalPath ?? Env(JournalPathVariable);
            if (journalPath != null)
            {
                request.JournalPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(journalPath);
            }

            try
            {
                if (!NamePattern.IsMatch(name))
                {
                    throw new CallerIdException(
                        CallerIdErrorKind.InvalidInput,
                        $"Name: '{name}' is not a valid connection name: use up to 64 letters, digits, '.', '_' or '-'.") { OffendingValue = name };
                }

                if (Sandbox.IsPresent)
                {
                    SandboxConnections.Prepare(request);
                }
                else
                {
                    request.Credential = GatherCredential();
                    request.BaseUri = BaseUri;
                    request.Settings = EnvironmentCredentials.Settings(Provider, ProviderSettings(), Env);
                }
            }
            catch (CallerIdException error)
            {
                Fail(error, name);
                return;
            }

            if (!Run(name, (output, ct) => ConnectionFactory.ConnectAsync(request, ct), out var connection))
            {
                return;
            }

            ConnectionDetailsSurface.Add(connection);
            var replaced = Registry.Add(connection);
            if (replaced != null)
            {
                WriteVerbose($"Closed the previous connection named '{replaced.Name}'.");
            }

            WriteVerbose($"Connected to {connection.ProviderName}{(connection.Sandbox ? " sandbox" : "")} account '{connection.Account ?? "(unnamed)"}' as '{connection.Name}'.");
            if (PassThru.IsPresent)
            {
                WriteObject(connection);
            }
        }

        private ProviderCredential GatherCredential()
        {
            var shape = ConnectionFactory.CredentialShapeOf(Provider);
            var takesKey = shape.TakesApiKey;
            if (takesKey && Credential != null)
            {
                throw new CallerIdException(CallerIdErrorKind.InvalidInput, $"{Provider.DisplayName()} takes -ApiKey, not -Credential.") { OffendingValue = "Credential" };
            }

            if (!takesKey && ApiKey != null)
            {
                throw new CallerIdException(CallerIdErrorKind.InvalidInput, $"{Provider.DisplayName()} takes -Credential ({shape.PairMeaning}), not -ApiKey.") { OffendingValue = "ApiKey" };
            }

            if (ApiKey != null)
            {
                return ApiKey.Length == 0
                    ? throw new CallerIdException(CallerIdErrorKind.CredentialMissing, "-ApiKey is empty.")
                    : new ApiKeyCredential(new Secret(ApiKey));
            }

            if (Credential != null)
            {
                if (string.IsNullOrWhiteSpace(Credential.UserName) || Credential.Password == null || Credential.Password.Length == 0)
                {
                    throw new CallerIdException(CallerIdErrorKind.CredentialMissing, "-Credential needs both a user name and a password.");
                }

                return new ClientCredential(Credential.UserName.TrimStart('\\'), new Secret(Credential.Password));
            }

            var fromEnvironment = EnvironmentCredentials.For(Provider, Env);
            if (fromEnvironment != null)
            {
                WriteVerbose($"Using the credential from {EnvironmentCredentials.Names(Provider)}.");
                return fromEnvironment;
            }

            throw new CallerIdException(
                CallerIdErrorKind.CredentialMissing,
                $"No {Provider.DisplayName()} credential: pass {(takesKey ? "-ApiKey" : "-Credential")} or set {EnvironmentCredentials.Names(Provider)}.",
                takesKey
                    ? "At a prompt: -ApiKey (Read-Host -AsSecureString 'API key'). In a runbook: set the environment variable from the runbook's secret store."
                    : "At a prompt: -Credential (Get-Credential). In a runbook: set the environment variables from the runbook's secret store.");
        }

        /// <summary>The parameters a provider may take besides the credential, by name; its connector says which it reads and checks them.</summary>
        private Dictionary<string, string?> ProviderSettings() => new Dictionary<string, string?>
        {
            [nameof(OrganizationId)] = OrganizationId,
            [nameof(BrandId)] = BrandId,
            [nameof(Environment)] = Environment.ToString(),
        };

        private static string? Env(string variable)
        {
            var value = System.Environment.GetEnvironmentVariable(variable);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
    }
}

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

        [Parameter(ParameterSetName = CredentialSet)]
        public SecureString? ApiKey { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Credential]
        public PSCredential? Credential { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        public string? OrganizationId { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        public string? BrandId { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        public AppleEnvironment Environment { get; set; } = AppleEnvironment.Production;

        [Parameter]
        public string? Name { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        public Uri? BaseUri { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 100;

        [Parameter(Mandatory = true, ParameterSetName = SandboxSet)]
        public SwitchParameter Sandbox { get; set; }

        [Parameter]
        [ValidateRange(1, 1000000)]
        public int RequestsPerMinute { get; set; }

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

            var unreadable = connection.Unsafe?.Journal.UnreadableLines ?? 0;
            if (unreadable > 0)
            {
                WriteWarning($"Skipped {unreadable} unreadable line{(unreadable == 1 ? "" : "s")} of the journal file {connection.JournalPath} (torn by a process killed while writing, or not journal entries): a purchase recorded there is not checked against repeats. Check the file, and the account (Get-VirtualNumber -Connection {connection.Name}).");
            }

            ConnectionDetailsSurface.Add(connection);
            var replaced = Registry.Add(connection);
            if (replaced != null)
            {
                WriteVerbose($"Closed the previous connection named '{replaced.Name}'.");
            }

            WriteVerbose($"Connected to {Describe.Account(connection)}.");
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

            var fromEnvironment = EnvironmentCredentials.Find(Provider, Env, out var source);
            if (fromEnvironment != null)
            {
                WriteVerbose($"Using the credential from {source}.");
                return fromEnvironment;
            }

            var missing = EnvironmentCredentials.WhatIsMissing(Provider, Env);
            throw new CallerIdException(
                CallerIdErrorKind.CredentialMissing,
                $"No {Provider.DisplayName()} credential: pass {(takesKey ? "-ApiKey" : "-Credential")} or set {EnvironmentCredentials.Names(Provider)}.{(missing == null ? "" : " " + missing)}",
                takesKey
                    ? "At a prompt: -ApiKey (Read-Host -AsSecureString 'API key'). In a runbook: set the environment variable from the runbook's secret store."
                    : "At a prompt: -Credential (Get-Credential). In a runbook: set the environment variables from the runbook's secret store.");
        }

        /// <summary>The parameters a provider may take besides the credential, by name, as given (null when left out); its
        /// connector says which it reads and checks them, and one it does not take is refused.</summary>
        private Dictionary<string, string?> ProviderSettings() => new Dictionary<string, string?>
        {
            [nameof(OrganizationId)] = OrganizationId,
            [nameof(BrandId)] = BrandId,
            [nameof(Environment)] = MyInvocation.BoundParameters.ContainsKey(nameof(Environment)) ? Environment.ToString() : null,
        };

        private static string? Env(string variable)
        {
            var value = System.Environment.GetEnvironmentVariable(variable);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
    }
}

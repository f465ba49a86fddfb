using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Providers.AppleBusiness;
using CallerIdPs.Providers.Plivo;
using CallerIdPs.Sandbox;
using CallerIdPs.Tests.Engine;
using Xunit;

namespace CallerIdPs.Tests.Connections
{
    /// <summary>
    /// A provider is its name in <see cref="ProviderKind"/> plus one registration entry in Core (its connector) and one in
    /// the sandbox: what the module used to keep in per-provider switches now comes from those entries, unchanged.
    /// </summary>
    public sealed class ProviderRegistrationTests
    {
        public static IEnumerable<object[]> Providers() => Enum.GetValues(typeof(ProviderKind)).Cast<ProviderKind>().Select(p => new object[] { p });

        [Theory]
        [MemberData(nameof(Providers))]
        public void Every_provider_in_the_list_has_exactly_one_connector_and_one_sandbox(ProviderKind provider)
        {
            Assert.Single(ConnectionFactory.Registered, c => c.Provider == provider);
            Assert.Single(SandboxProviders.All, s => s.Provider == provider.ToString());
        }

        [Fact]
        public void Nothing_is_registered_that_is_not_in_the_provider_list()
        {
            var names = Enum.GetNames(typeof(ProviderKind));
            Assert.All(SandboxProviders.All, s => Assert.Contains(s.Provider, names));
            Assert.Equal(names.Length, ConnectionFactory.Registered.Count());
        }

        [Theory]
        [InlineData(ProviderKind.TwoChat, "2Chat")]
        [InlineData(ProviderKind.AppleBusiness, "Apple Business")]
        [InlineData(ProviderKind.Plivo, "Plivo")]
        [InlineData(ProviderKind.IdentityCall, "IdentityCall")]
        public void Display_names_come_from_the_connectors(ProviderKind provider, string name) =>
            Assert.Equal(name, provider.DisplayName());

        [Theory]
        [InlineData(ProviderKind.TwoChat, "CALLERID_TWOCHAT_API_KEY")]
        [InlineData(ProviderKind.IdentityCall, "CALLERID_IDENTITYCALL_API_KEY")]
        [InlineData(ProviderKind.Plivo, "CALLERID_PLIVO_AUTH_ID and CALLERID_PLIVO_AUTH_TOKEN (or PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN)")]
        [InlineData(ProviderKind.AppleBusiness, "CALLERID_APPLE_CLIENT_ID and CALLERID_APPLE_CLIENT_SECRET")]
        public void The_credential_variables_are_named_as_before(ProviderKind provider, string names) =>
            Assert.Equal(names, EnvironmentCredentials.Names(provider));

        [Theory]
        [InlineData(ProviderKind.TwoChat, "CALLERID_TWOCHAT_API_KEY")]
        [InlineData(ProviderKind.IdentityCall, "CALLERID_IDENTITYCALL_API_KEY")]
        public void An_api_key_comes_from_its_variable_trimmed(ProviderKind provider, string variable)
        {
            var key = Assert.IsType<ApiKeyCredential>(EnvironmentCredentials.For(provider, Variables((variable, "  k-123 "))));
            Assert.Equal("k-123", key.Key.Reveal());
            Assert.Null(EnvironmentCredentials.For(provider, Variables((variable, "   "))));
            Assert.Null(EnvironmentCredentials.For(provider, Variables()));
        }

        [Fact]
        public void Plivo_reads_the_modules_variables_first_then_plivos_own()
        {
            var both = Variables(
                ("CALLERID_PLIVO_AUTH_ID", "MAMODULE000000000001"), ("CALLERID_PLIVO_AUTH_TOKEN", "module-token"),
                ("PLIVO_AUTH_ID", "MAPLIVOSDK0000000001"), ("PLIVO_AUTH_TOKEN", "sdk-token"));
            var own = Variables(("PLIVO_AUTH_ID", " MAPLIVOSDK0000000001 "), ("PLIVO_AUTH_TOKEN", "sdk-token"));
            var half = Variables(("CALLERID_PLIVO_AUTH_ID", "MAMODULE000000000001"), ("PLIVO_AUTH_ID", "MAPLIVOSDK0000000001"), ("PLIVO_AUTH_TOKEN", "sdk-token"));

            Assert.Equal("MAMODULE000000000001", Client(ProviderKind.Plivo, both).Id);
            Assert.Equal("module-token", Client(ProviderKind.Plivo, both).Secret.Reveal());
            Assert.Equal("MAPLIVOSDK0000000001", Client(ProviderKind.Plivo, own).Id);
            Assert.Equal("MAPLIVOSDK0000000001", Client(ProviderKind.Plivo, half).Id); // an incomplete first pair is skipped
            Assert.Null(EnvironmentCredentials.For(ProviderKind.Plivo, Variables(("CALLERID_PLIVO_AUTH_ID", "MAMODULE000000000001"))));
        }

        [Fact]
        public void Apple_reads_its_client_pair()
        {
            var credential = Client(ProviderKind.AppleBusiness, Variables(("CALLERID_APPLE_CLIENT_ID", "SANDBOX.client"), ("CALLERID_APPLE_CLIENT_SECRET", "s3cret")));

            Assert.Equal("SANDBOX.client", credential.Id);
            Assert.Equal("s3cret", credential.Secret.Reveal());
        }

        [Theory]
        [InlineData("CALLERID_PLIVO_AUTH_ID", null, "CALLERID_PLIVO_AUTH_ID is set but CALLERID_PLIVO_AUTH_TOKEN is not.")]
        [InlineData(null, "PLIVO_AUTH_TOKEN", "PLIVO_AUTH_TOKEN is set but PLIVO_AUTH_ID is not.")]
        [InlineData("CALLERID_PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN", "CALLERID_PLIVO_AUTH_ID is set but CALLERID_PLIVO_AUTH_TOKEN is not, and PLIVO_AUTH_TOKEN is set but PLIVO_AUTH_ID is not: a pair cannot be mixed, set both variables of one pair.")]
        public void A_partly_set_credential_pair_names_the_missing_variable_and_refuses_a_mix(string? first, string? second, string expected)
        {
            var set = new[] { first, second }.Where(v => v != null).Select(v => (v!, "value")).ToArray();

            Assert.Null(EnvironmentCredentials.For(ProviderKind.Plivo, Variables(set)));
            Assert.Equal(expected, EnvironmentCredentials.WhatIsMissing(ProviderKind.Plivo, Variables(set)));
        }

        [Fact]
        public void Nothing_is_missing_when_no_variable_is_set_and_the_credential_names_the_pair_it_came_from()
        {
            Assert.Null(EnvironmentCredentials.WhatIsMissing(ProviderKind.Plivo, Variables()));
            Assert.Null(EnvironmentCredentials.WhatIsMissing(ProviderKind.TwoChat, Variables()));
            Assert.Equal("CALLERID_APPLE_CLIENT_SECRET is set but CALLERID_APPLE_CLIENT_ID is not.", EnvironmentCredentials.WhatIsMissing(ProviderKind.AppleBusiness, Variables(("CALLERID_APPLE_CLIENT_SECRET", "s"))));

            Assert.NotNull(EnvironmentCredentials.Find(ProviderKind.Plivo, Variables(("PLIVO_AUTH_ID", "MA1"), ("PLIVO_AUTH_TOKEN", "t")), out var source));
            Assert.Equal("PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN", source!.ToString());
        }

        [Fact]
        public void Apple_settings_come_from_the_parameters_else_the_environment()
        {
            var given = new Dictionary<string, string?> { ["OrganizationId"] = null, ["BrandId"] = "222", ["Environment"] = "Qualification" };
            var settings = EnvironmentCredentials.Settings(
                ProviderKind.AppleBusiness, given, Variables(("CALLERID_APPLE_ORG_ID", "111"), ("CALLERID_APPLE_BRAND_ID", "999")));

            Assert.Equal("111", settings.Get("OrganizationId"));
            Assert.Equal("222", settings.Get("BrandId"));
            Assert.Equal("Qualification", settings.Get("Environment"));
        }

        [Theory]
        [InlineData(ProviderKind.TwoChat)]
        [InlineData(ProviderKind.Plivo)]
        [InlineData(ProviderKind.IdentityCall)]
        public void Providers_without_settings_refuse_the_apple_parameters_and_ignore_apple_s_variables(ProviderKind provider)
        {
            foreach (var name in new[] { "OrganizationId", "BrandId", "Environment" })
            {
                var given = new Dictionary<string, string?> { ["OrganizationId"] = null, ["BrandId"] = null, ["Environment"] = null };
                given[name] = "1";

                var error = Assert.Throws<CallerIdException>(() => EnvironmentCredentials.Settings(provider, given, Variables()));

                Assert.Equal(CallerIdErrorKind.InvalidInput, error.Kind);
                Assert.Equal(name, error.OffendingValue);
                Assert.Equal($"{provider.DisplayName()} does not take -{name}; only Apple Business does.", error.Message);
            }

            var none = new Dictionary<string, string?> { ["OrganizationId"] = null, ["BrandId"] = null, ["Environment"] = null };
            Assert.Empty(EnvironmentCredentials.Settings(provider, none, Variables(("CALLERID_APPLE_ORG_ID", "111"))));
        }

        [Theory]
        [InlineData(ProviderKind.TwoChat, "No 2Chat credential was given and none was found in the environment (CALLERID_TWOCHAT_API_KEY).")]
        [InlineData(ProviderKind.IdentityCall, "No IdentityCall credential was given and none was found in the environment (CALLERID_IDENTITYCALL_API_KEY).")]
        [InlineData(ProviderKind.Plivo, "No Plivo credential was given and none was found in the environment (CALLERID_PLIVO_AUTH_ID and CALLERID_PLIVO_AUTH_TOKEN (or PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN)).")]
        [InlineData(ProviderKind.AppleBusiness, "No Apple Business credential was given and none was found in the environment (CALLERID_APPLE_CLIENT_ID and CALLERID_APPLE_CLIENT_SECRET).")]
        public async Task A_connection_without_a_credential_names_the_variables(ProviderKind provider, string message)
        {
            var request = new ConnectionRequest("X", provider) { BaseUri = new Uri("https://refused.invalid/") };

            var error = await Assert.ThrowsAsync<CallerIdException>(() => ConnectionFactory.ConnectAsync(request, CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.CredentialMissing, error.Kind);
            Assert.Equal(message, error.Message);
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public void The_sandbox_registration_opens_each_provider(ProviderKind provider)
        {
            using var session = new ModuleSession();

            var result = session.Run($"Connect-CallerIdProvider -Provider {provider} -Sandbox -PassThru");

            result.AssertNoErrors();
            var connection = result.Single<CallerIdConnection>();

            Assert.True(connection.Sandbox);
            Assert.True(connection.IsOpen);
            Assert.Equal(provider.DisplayName(), connection.ProviderName);
            Assert.NotNull(connection.RequestsPerMinute); // DescribeAsync ran against the emulator
        }

        [Fact]
        public void The_connection_shows_what_the_provider_adds()
        {
            using var session = new ModuleSession();
            session.Run("'AppleBusiness', 'Plivo', 'TwoChat' | ForEach-Object { Connect-CallerIdProvider -Provider $_ -Sandbox }").AssertNoErrors();

            var connections = session.Run("Get-CallerIdConnection").Objects<CallerIdConnection>().ToDictionary(c => c.Provider);

            var apple = Assert.IsType<AppleConnectionDetails>(connections[ProviderKind.AppleBusiness].Details);
            Assert.Equal(AppleEnvironment.Production, apple.Environment);
            Assert.Equal(apple.BrandId, apple.AccountIdForTests());
            var plivo = Assert.IsType<PlivoConnectionDetails>(connections[ProviderKind.Plivo].Details);
            Assert.Equal(connections[ProviderKind.Plivo].Account, plivo.AuthId);
            Assert.Null(connections[ProviderKind.TwoChat].Details);
        }

        [Fact]
        public void Scripts_still_read_the_provider_properties_on_the_connection()
        {
            using var session = new ModuleSession();
            session.Run("'AppleBusiness', 'Plivo' | ForEach-Object { Connect-CallerIdProvider -Provider $_ -Sandbox }").AssertNoErrors();

            var read = session.Run("$a = Get-CallerIdConnection AppleBusiness; $p = Get-CallerIdConnection Plivo; \"$($a.OrganizationId) $($a.BrandId) $($a.Environment) $($p.AuthId)\"");

            read.AssertNoErrors();
            Assert.Equal(
                $"{Sandbox.AppleBusiness.AppleEmulatorOptions.DefaultOrganizationId} {Sandbox.AppleBusiness.AppleEmulatorOptions.DefaultBrandId} Production {Sandbox.Plivo.PlivoEmulatorOptions.DefaultAuthId}",
                read.Single<string>());
        }

        [Theory]
        [InlineData("Qualification", "https://api-qualification.business.apple.com/")]
        [InlineData("DataQualification", "https://data-qualification.business.apple.com/")]
        [InlineData("Production", "https://business.apple.com/")]
        public void The_apple_environment_setting_picks_the_host(string environment, string origin)
        {
            var request = new ConnectionRequest("A", ProviderKind.AppleBusiness) { Settings = { ["Environment"] = environment } };

            Assert.Equal(new Uri(origin), ConnectionFactory.ConnectorOf(ProviderKind.AppleBusiness)!.DocumentedOrigin(request));
        }

        [Theory]
        [InlineData(ProviderKind.Plivo, "123456")]
        [InlineData(ProviderKind.TwoChat, null)]
        [InlineData(ProviderKind.AppleBusiness, null)]
        [InlineData(ProviderKind.IdentityCall, null)]
        public void Only_a_sandbox_that_verifies_tells_its_code(ProviderKind provider, string? code) =>
            Assert.Equal(code, SandboxProviders.For(provider.ToString())!.VerificationCode);

        private static ClientCredential Client(ProviderKind provider, Func<string, string?> variables) =>
            Assert.IsType<ClientCredential>(EnvironmentCredentials.For(provider, variables));

        private static Func<string, string?> Variables(params (string Name, string Value)[] values)
        {
            var map = values.ToDictionary(v => v.Name, v => v.Value);
            return name => map.TryGetValue(name, out var value) ? value : null;
        }
    }

    internal static class ConnectionDetailsTestAccess
    {
        public static string? AccountIdForTests(this ConnectionDetails details) => details.AccountId;
    }
}

using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.Plivo;
using CallerIdPs.Sandbox.Plivo;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>The Plivo client against the Plivo emulator over real HTTP on 127.0.0.1.</summary>
    public sealed class PlivoClientTests : IAsyncLifetime
    {
        private readonly PlivoEmulator _emulator = new PlivoEmulator(new PlivoEmulatorOptions { AuthToken = "pl-client-tests" });
        private LoopbackEmulatorServer? _server;
        private CallerIdConnection? _connection;

        private PlivoClient Client => _connection!.ClientAs<PlivoClient>();

        public async Task InitializeAsync()
        {
            _server = await LoopbackEmulatorServer.StartAsync(_emulator);
            _connection = await Connect(_emulator.Options.AuthId, _emulator.Options.AuthToken);
        }

        public async Task DisposeAsync()
        {
            _connection?.Dispose();
            if (_server != null) await _server.DisposeAsync();
        }

        private Task<CallerIdConnection> Connect(string authId, string token) =>
            ConnectionFactory.ConnectAsync(
                new ConnectionRequest("Plivo", ProviderKind.Plivo) { Credential = new ClientCredential(authId, Secret.FromPlainText(token)), BaseUri = _server!.BaseUri },
                CancellationToken.None);

        [Fact]
        public async Task Listing_follows_meta_next_across_pages_of_20_and_gets_every_caller_id_once()
        {
            var before = _emulator.RequestCount;

            var all = await Client.ListCallerIdsAsync(new CallerIdQuery(), null, CancellationToken.None).ToListAsync();

            Assert.Equal(_emulator.CallerIds().Count, all.Count);
            Assert.Equal(all.Count, all.Select(c => c.PhoneNumber).Distinct().Count());
            Assert.Equal((int)Math.Ceiling(all.Count / 20.0), _emulator.RequestCount - before);
        }

        [Fact]
        public async Task Countries_are_filtered_by_Plivo_and_aliases_locally()
        {
            var all = await Client.ListCallerIdsAsync(new CallerIdQuery(), null, CancellationToken.None).ToListAsync();
            var alias = all.First(c => c.Name != null).Name!;

            var exact = await Client.ListCallerIdsAsync(new CallerIdQuery { NamePattern = alias, NameMatches = n => n == alias }, null, CancellationToken.None).ToListAsync();
            var us = await Client.ListCallerIdsAsync(new CallerIdQuery { Country = "US" }, null, CancellationToken.None).ToListAsync();

            Assert.Equal(all.Count(c => c.Name == alias), exact.Count);
            Assert.All(us, c => Assert.Equal("US", c.Country));
            Assert.Equal(all.Count(c => c.Country == "US"), us.Count);
        }

        [Fact]
        public async Task Verification_round_trip_then_get_update_and_delete()
        {
            var verification = await Client.StartVerificationAsync("+14155550100", "HQ", VerificationChannel.Sms, null, CancellationToken.None);
            var otp = _emulator.OtpFor(verification.Id)!;

            var verified = await Client.CompleteVerificationAsync(verification.Id, otp, CancellationToken.None);
            var fetched = await Client.GetCallerIdAsync("+1 415 555 0100", CancellationToken.None);
            var renamed = await Client.UpdateAsync("+14155550100", "Front desk", null, CancellationToken.None);
            await Client.DeleteAsync("+14155550100", CancellationToken.None);

            Assert.Equal("+14155550100", verified.PhoneNumber);
            Assert.Equal("HQ", fetched.Name);
            Assert.Equal("Front desk", renamed.Name);
            Assert.Null(await Client.FindCallerIdAsync("+14155550100", CancellationToken.None));
            var gone = await Assert.ThrowsAsync<CallerIdException>(() => Client.DeleteAsync("+14155550100", CancellationToken.None));
            Assert.Equal(CallerIdErrorKind.NotFound, gone.Kind);
        }

        [Fact]
        public async Task Wrong_expired_and_unknown_codes_are_three_different_errors()
        {
            var first = await Client.StartVerificationAsync("+14155550100", null, VerificationChannel.Call, null, CancellationToken.None);
            var wrong = await Assert.ThrowsAsync<CallerIdException>(() => Client.CompleteVerificationAsync(first.Id, "999999", CancellationToken.None));
            _emulator.Clock.Advance(TimeSpan.FromMinutes(16));
            var expired = await Assert.ThrowsAsync<CallerIdException>(() => Client.CompleteVerificationAsync(first.Id, PlivoEmulatorOptions.SandboxOtp, CancellationToken.None));
            var unknown = await Assert.ThrowsAsync<CallerIdException>(() => Client.CompleteVerificationAsync(Guid.NewGuid().ToString(), PlivoEmulatorOptions.SandboxOtp, CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.OtpRejected, wrong.Kind);
            Assert.Equal(CallerIdErrorKind.VerificationExpired, expired.Kind);
            Assert.Equal(CallerIdErrorKind.NotFound, unknown.Kind);
            Assert.All(new[] { wrong, expired, unknown }, e => Assert.False(string.IsNullOrEmpty(e.RequestId)));
        }

        [Fact]
        public async Task Starting_twice_for_a_verified_number_is_a_Conflict()
        {
            var existing = _emulator.CallerIds()[0].PhoneNumber;

            var error = await Assert.ThrowsAsync<CallerIdException>(() => Client.StartVerificationAsync(existing, null, VerificationChannel.Sms, null, CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.Conflict, error.Kind);
            Assert.Equal(409, error.HttpStatus);
        }

        [Fact]
        public async Task A_wrong_token_fails_the_connection_with_AuthenticationFailed()
        {
            var error = await Assert.ThrowsAsync<CallerIdException>(() => Connect(_emulator.Options.AuthId, "not-the-token"));

            Assert.Equal(CallerIdErrorKind.AuthenticationFailed, error.Kind);
            Assert.Equal(401, error.HttpStatus);
            Assert.DoesNotContain("not-the-token", error.ToString());
        }

        [Fact]
        public async Task The_connection_paces_to_300_per_5_seconds()
        {
            Assert.Equal(300, _connection!.Pacer.Limit);
            Assert.Equal(TimeSpan.FromSeconds(5), _connection.Pacer.Window);
            await Task.CompletedTask;
        }
    }
}

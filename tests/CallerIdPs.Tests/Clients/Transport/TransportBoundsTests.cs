using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Clients.Transport
{
    /// <summary>Issue 13: bodies that drip, break, lie about their encoding or never end are bounded in time and memory.</summary>
    public sealed class TransportBoundsTests
    {
        private const string Regions = "/open/numbers/regions";
        private const string Release = "/open/voip/virtual-numbers/";
        private static readonly CancellationToken None = CancellationToken.None;

        [Fact]
        public async Task A_body_that_drips_is_cut_off_by_the_attempt_timeout_and_the_call_by_its_deadline()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r =>
                r.Path == Regions ? Reply.Json(200, "{\"success\":true,\"data\":{\"regions\":[]}}").Dripping(TimeSpan.FromSeconds(1)) : null));
            var (connection, client) = await RawTwoChat.ConnectAsync(server, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
            using var _ = connection;
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<CallerIdException>(() => client.ListRegionsAsync("GB", None));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
            Assert.Equal(CallerIdErrorKind.ProviderUnavailable, error.Kind);
            Assert.False(error.ProviderMayHaveActed);
            Assert.InRange(server.Count("GET", Regions), 1, 3);
        }

        [Fact]
        public async Task A_release_whose_answer_drips_is_sent_once_and_may_have_been_carried_out()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r =>
                r.Method == "DELETE" ? Reply.Json(200, "{\"success\":true}").Dripping(TimeSpan.FromSeconds(1)) : null));
            var (connection, client) = await RawTwoChat.ConnectAsync(server, TimeSpan.FromSeconds(1));
            using var _ = connection;
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<CallerIdException>(() => client.ReleaseVirtualNumberAsync("DID1234", None));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
            Assert.Equal(CallerIdErrorKind.OutcomeUnknown, error.Kind);
            Assert.True(error.ProviderMayHaveActed);
            Assert.Equal(1, server.Count("DELETE", Release));
        }

        [Fact]
        public async Task Cancelling_stops_the_body_read_at_once()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r =>
                r.Path == Regions ? Reply.Json(200, "{\"success\":true,\"data\":{\"regions\":[]}}").Dripping(TimeSpan.FromMilliseconds(500)) : null));
            var (connection, client) = await RawTwoChat.ConnectAsync(server);
            using var _ = connection;
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            var clock = Stopwatch.StartNew();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ListRegionsAsync("GB", stop.Token));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
            // The connection was closed, not left reading in the background: the server's next drip fails.
            var waited = Stopwatch.StartNew();
            while (server.HangUps.Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(50);
            Assert.NotEmpty(server.HangUps);
        }

        [Fact]
        public async Task Corrupt_gzip_is_a_CallerIdException_not_an_InvalidDataException()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r => r.Path == Regions ? Reply.CorruptGzip() : null));
            var (connection, client) = await RawTwoChat.ConnectAsync(server);
            using var _ = connection;

            var error = await Assert.ThrowsAsync<CallerIdException>(() => client.ListRegionsAsync("GB", None));

            Assert.Equal(CallerIdErrorKind.ProviderUnavailable, error.Kind);
            Assert.Contains("corrupt", error.Message, StringComparison.OrdinalIgnoreCase);
            Assert.False(error.ProviderMayHaveActed);
        }

        [Fact]
        public async Task A_release_answered_with_corrupt_gzip_is_sent_once_and_may_have_been_carried_out()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r => r.Method == "DELETE" ? Reply.CorruptGzip() : null));
            var (connection, client) = await RawTwoChat.ConnectAsync(server);
            using var _ = connection;

            var error = await Assert.ThrowsAsync<CallerIdException>(() => client.ReleaseVirtualNumberAsync("DID1234", None));

            Assert.Equal(CallerIdErrorKind.OutcomeUnknown, error.Kind);
            Assert.True(error.ProviderMayHaveActed);
            Assert.Equal(1, server.Count("DELETE", Release));
        }

        [Fact]
        public async Task A_gzip_bomb_stops_at_the_size_cap_without_being_retried_or_held_in_memory()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r => r.Path == Regions ? Reply.GzipBomb(256L << 20) : null));
            var (connection, client) = await RawTwoChat.ConnectAsync(server);
            using var _ = connection;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);

            var error = await Assert.ThrowsAsync<CallerIdException>(() => client.ListRegionsAsync("GB", None));

            var used = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Assert.Equal(CallerIdErrorKind.ProviderError, error.Kind);
            Assert.Contains("32 MiB", error.Message, StringComparison.Ordinal);
            Assert.Equal(1, server.Count("GET", Regions));
            // Reading it whole would take at least 256 MiB (512 MiB with the buffer's doubling); the cap keeps it far below.
            Assert.True(used < 200L << 20, $"allocated {used >> 20} MiB");
        }

        [Fact]
        public async Task A_purchase_answered_429_is_sent_once_whatever_Retry_After_says()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r =>
                r.Path == "/open/numbers/purchase" ? Reply.Json(429, "{\"success\":false,\"error\":true,\"error_message\":\"Too many requests\"}", ("Retry-After", "1"))
                : r.Path == "/open/voip/virtual-numbers" ? RawTwoChat.EmptyNumbers
                : null));
            var (connection, client) = await RawTwoChat.ConnectAsync(server);
            using var _ = connection;
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<CallerIdException>(
                () => client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = "+12135551234" }, None));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
            Assert.Equal(1, server.Count("POST", "/open/numbers/purchase"));
            Assert.Equal(CallerIdErrorKind.RateLimited, error.Kind);
            Assert.Contains("not bought", error.Message, StringComparison.Ordinal); // settled against the account
            Assert.False(error.ProviderMayHaveActed); // the account showed it was not
        }

        [Fact]
        public async Task A_release_answered_429_is_sent_once_and_is_never_called_safe_without_the_account()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r =>
                r.Method == "DELETE" ? Reply.Json(429, "{\"success\":false,\"error\":true,\"error_message\":\"Too many requests\"}", ("Retry-After", "1")) : null));
            var (connection, client) = await RawTwoChat.ConnectAsync(server);
            using var _ = connection;

            var error = await Assert.ThrowsAsync<CallerIdException>(() => client.ReleaseVirtualNumberAsync("DID1234", None));

            // The account could not be read here, so the settling rule cannot prove anything either way.
            Assert.Equal(1, server.Count("DELETE", Release));
            Assert.Equal(CallerIdErrorKind.OutcomeUnknown, error.Kind);
            Assert.True(error.ProviderMayHaveActed);
            Assert.False(error.IsRetryable);
            Assert.Contains("Do not repeat it blindly", error.Hint, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_Retry_After_beyond_the_calls_patience_fails_at_once_with_the_wait()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r =>
                r.Path == Regions ? Reply.Json(429, "{\"success\":false,\"error\":true,\"error_message\":\"Slow down\"}", ("Retry-After", "100000")) : null));
            var (connection, client) = await RawTwoChat.ConnectAsync(server);
            using var _ = connection;
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<CallerIdException>(() => client.ListRegionsAsync("GB", None));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
            Assert.Equal(1, server.Count("GET", Regions));
            Assert.Equal(CallerIdErrorKind.RateLimited, error.Kind);
            Assert.Equal(TimeSpan.FromSeconds(100000), error.RetryAfter);
            Assert.Contains("asked to wait 100000 s", error.Hint, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Success_false_in_a_2xx_is_2Chats_refusal_not_an_unreadable_answer()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r =>
                r.Path == Regions ? Reply.Json(200, "{\"success\":false,\"error\":true,\"error_message\":\"Country not supported\"}") : null));
            var (connection, client) = await RawTwoChat.ConnectAsync(server);
            using var _ = connection;

            var error = await Assert.ThrowsAsync<CallerIdException>(() => client.ListRegionsAsync("GB", None));

            Assert.Equal(CallerIdErrorKind.ProviderError, error.Kind);
            Assert.Equal("Country not supported", error.ProviderMessage);
            Assert.Contains("refused", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("could not be read", error.Message, StringComparison.Ordinal);
            Assert.False(error.IsRetryable);
            Assert.False(error.ProviderMayHaveActed);
            Assert.Equal(1, server.Count("GET", Regions));
        }

        [Fact]
        public async Task A_purchase_refused_with_success_false_is_not_settled_as_a_lost_answer()
        {
            await using var server = RawResponder.Start(RawTwoChat.Route(r =>
                r.Path == "/open/numbers/purchase" ? Reply.Json(201, "{\"success\":false,\"error\":true,\"error_message\":\"Insufficient credits\"}")
                : r.Path == "/open/voip/virtual-numbers" ? RawTwoChat.EmptyNumbers
                : null));
            var (connection, client) = await RawTwoChat.ConnectAsync(server);
            using var _ = connection;

            var error = await Assert.ThrowsAsync<CallerIdException>(
                () => client.PurchaseAsync(new NumberPurchaseOrder { PhoneNumber = "+12135551234" }, None));

            Assert.Equal("Insufficient credits", error.ProviderMessage);
            Assert.DoesNotContain("safe to try again", error.Hint, StringComparison.Ordinal);
            Assert.Equal(1, server.Count("POST", "/open/numbers/purchase"));
            Assert.Equal(0, server.Count("GET", "/open/voip/virtual-numbers"));
        }

        [Theory]
        [InlineData("-1", 80)]
        [InlineData("0", 80)]
        [InlineData("null", 80)]
        [InlineData("3", 3)]
        [InlineData("99999999999", 6000)]
        public async Task The_pace_info_reports_is_kept_within_bounds(string reported, int paced)
        {
            await using var server = RawResponder.Start(r => r.Path == "/info" ? RawTwoChat.Info(reported) : Reply.Json(404, "{}"));

            var (connection, _) = await RawTwoChat.ConnectAsync(server);
            using var __ = connection;

            Assert.Equal(paced, connection.Pacer.Limit);
            Assert.Equal(TimeSpan.FromMinutes(1), connection.Pacer.Window);
        }
    }
}

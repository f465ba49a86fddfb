using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Sandbox.AppleBusiness;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>The Apple Business client against the Apple emulator over real HTTP on 127.0.0.1.</summary>
    public sealed class AppleClientTests : IAsyncLifetime
    {
        private AppleLoopback? _apple;

        private AppleLoopback Apple => _apple!;

        public async Task InitializeAsync() => _apple = await AppleLoopback.StartAsync();

        public async Task DisposeAsync()
        {
            if (_apple != null) await _apple.DisposeAsync();
        }

        private Task<List<AppleCallerId>> List(CallerIdQuery query) => ClientAssert.ToListAsync(Apple.Client.ListCallerIdsAsync(query, null, CancellationToken.None));

        [Fact]
        public async Task Listing_follows_pagination_next_and_every_request_shares_one_token()
        {
            var before = Apple.Emulator.RequestCount;

            var all = await List(new CallerIdQuery());

            Assert.Equal(Apple.Emulator.CallerIds().Select(c => c.Id), all.Select(c => c.Id));
            Assert.Equal(3, Apple.Emulator.RequestCount - before); // 122 at 50 a page; the token from connecting is reused
            Assert.Equal(1, Apple.Emulator.TokensIssued);
        }

        [Fact]
        public async Task State_and_date_filters_go_to_Apple_as_ql_and_match_what_it_holds()
        {
            var since = DateTimeOffset.UtcNow.AddDays(-60);

            var found = await List(new CallerIdQuery { States = new[] { nameof(AppleCallerIdState.Published) }, CreatedAfter = since });

            var expected = Apple.Emulator.CallerIds().Where(c => c.State == "PUBLISHED" && c.CreatedDate > since).Select(c => c.Id).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, found.Select(c => c.Id));
        }

        [Fact]
        public async Task A_phone_number_filter_keeps_its_plus_sign_on_the_wire()
        {
            var number = Apple.Emulator.CallerIds()[5].PhoneNumber;

            var found = Assert.Single(await List(new CallerIdQuery { PhoneNumber = number }));

            Assert.Equal(number, found.PhoneNumber);
        }

        [Fact]
        public async Task An_expired_token_is_renewed_once_and_the_request_repeated()
        {
            Apple.Emulator.Clock.Advance(TimeSpan.FromHours(2));

            var one = await Apple.Client.FindAsync(Apple.Emulator.CallerIds()[0].Id, CancellationToken.None);
            await List(new CallerIdQuery { States = new[] { nameof(AppleCallerIdState.Rejected) } });

            Assert.NotNull(one);
            Assert.Equal(2, Apple.Emulator.TokensIssued);
        }

        [Fact]
        public async Task A_token_that_is_refused_again_after_renewal_is_AuthenticationFailed_not_a_loop()
        {
            Apple.Emulator.Options.TokenLifetime = TimeSpan.Zero;
            Apple.Emulator.Clock.Advance(TimeSpan.FromHours(2));
            var before = Apple.Emulator.RequestCount;

            var error = await Assert.ThrowsAsync<CallerIdException>(() => Apple.Client.FindAsync(Apple.Emulator.CallerIds()[0].Id, CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.AuthenticationFailed, error.Kind);
            Assert.Equal("Expired Token", error.ProviderMessage);
            Assert.Equal(3, Apple.Emulator.RequestCount - before); // the request, one token, the one repeat
            Assert.False(string.IsNullOrEmpty(error.RequestId));
        }

        [Fact]
        public async Task Create_returns_the_caller_id_with_Apples_warnings()
        {
            var created = await Apple.Client.CreateAsync("+1 (800) 555-5555", "department.general.support.customer_service", CancellationToken.None);

            Assert.Equal("+18005555555", created.PhoneNumber);
            Assert.Equal(AppleCallerIdState.Submitted, created.State);
            Assert.Matches("^[0-9]+$", created.Id);
            var warning = Assert.Single(created.ValidationReports);
            Assert.Equal(ValidationSeverity.Warning, warning.Severity);
            Assert.Equal("VALIDATION__PhoneNumberVerificationRequired", warning.Code);
            Assert.Equal("callerIdDetails.phoneNumber", Assert.Single(warning.Fields));
            Assert.Equal(Apple.Emulator.CallerIds().Single(c => c.Id == created.Id).Etag, created.Etag);
        }

        [Fact]
        public async Task Violations_fail_the_create_with_each_report_its_code_field_and_request_id()
        {
            var error = await Assert.ThrowsAsync<CallerIdException>(() => Apple.Client.CreateAsync(AppleEmulatorOptions.BlockedNumber, "department.general.sales", CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.InvalidInput, error.Kind);
            Assert.Equal(400, error.HttpStatus);
            var report = Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<AppleValidationReport>>(error.ProviderDetails));
            Assert.Equal("VALIDATION__CallerIdIsBlocked", report.Code);
            Assert.Equal("callerIdDetails.phoneNumber", Assert.Single(report.Fields));
            Assert.False(string.IsNullOrEmpty(error.RequestId));
            Assert.Contains(error.RequestId!, error.Message);
        }

        [Theory]
        [InlineData("+442071234567", "department.general.sales")]
        [InlineData("+18005550100", "sales")]
        [InlineData("+18005550100", "department.x;state==PUBLISHED")]
        public async Task Bad_input_is_refused_before_any_request(string number, string department)
        {
            var before = Apple.Emulator.RequestCount;

            var error = await Assert.ThrowsAsync<CallerIdException>(() => Apple.Client.CreateAsync(number, department, CancellationToken.None));

            Assert.Equal(CallerIdErrorKind.InvalidInput, error.Kind);
            Assert.Equal(before, Apple.Emulator.RequestCount);
        }

        [Fact]
        public async Task Update_sends_the_etag_and_a_stale_one_is_an_EtagConflict_with_a_reread_hint()
        {
            var item = (await List(new CallerIdQuery { States = new[] { nameof(AppleCallerIdState.Published) } })).First();

            var updated = await Apple.Client.UpdateDepartmentAsync(item.Id, item.PhoneNumber, item.Etag!, "department.general.billing", CancellationToken.None);
            var stale = await Assert.ThrowsAsync<CallerIdException>(() => Apple.Client.UpdateDepartmentAsync(item.Id, item.PhoneNumber, item.Etag!, "department.general.sales", CancellationToken.None));

            Assert.Equal("department.general.billing", updated.Department);
            Assert.NotEqual(item.Etag, updated.Etag);
            Assert.Equal(CallerIdErrorKind.EtagConflict, stale.Kind);
            Assert.Equal(412, stale.HttpStatus);
            Assert.Contains("-Id " + item.Id, stale.Hint);
            Assert.False(string.IsNullOrEmpty(stale.RequestId));
        }

        [Fact]
        public async Task Delete_with_the_etag_removes_the_caller_id()
        {
            var item = (await List(new CallerIdQuery())).Last();

            await Apple.Client.DeleteAsync(item.Id, item.Etag, item.PhoneNumber, CancellationToken.None);

            Assert.Null(await Apple.Client.FindAsync(item.Id, CancellationToken.None));
            var gone = await Assert.ThrowsAsync<CallerIdException>(() => Apple.Client.DeleteAsync(item.Id, null, item.PhoneNumber, CancellationToken.None));
            Assert.Equal(CallerIdErrorKind.NotFound, gone.Kind);
        }

        [Fact]
        public async Task A_wrong_secret_fails_the_connection_and_is_never_logged()
        {
            const string wrong = "apple-WRONG-secret-value-123";
            var log = new RecordingLog();
            CallerIdException error;
            using (RequestLogScope.Begin(log))
            {
                error = await Assert.ThrowsAsync<CallerIdException>(() => AppleLoopback.ConnectAsync(Apple.Server, Apple.Emulator.Options, wrong));
            }

            Assert.Equal(CallerIdErrorKind.AuthenticationFailed, error.Kind);
            Assert.DoesNotContain(wrong, error.ToString());
            Assert.Contains(log.Lines, l => l.Contains("\"client_secret\":\"***\"", StringComparison.Ordinal));
            Assert.All(log.Lines, l => Assert.DoesNotContain(wrong, l, StringComparison.Ordinal));
        }

        [Fact]
        public async Task Neither_the_secret_nor_the_token_reaches_the_request_log()
        {
            var log = new RecordingLog();
            using (RequestLogScope.Begin(log))
            {
                await using var fresh = await AppleLoopback.StartAsync(o => o.ClientSecret = "apple-LIVE-secret-0042");
                await ClientAssert.ToListAsync(fresh.Client.ListCallerIdsAsync(new CallerIdQuery(), null, CancellationToken.None));
            }

            Assert.All(log.Lines, l => Assert.DoesNotContain("apple-LIVE-secret-0042", l, StringComparison.Ordinal));
            Assert.All(log.Lines, l => Assert.DoesNotContain("eyJhbGciOiJFUzI1NiJ9.", l, StringComparison.Ordinal));
            Assert.Contains(log.Lines, l => l.Contains("Authorization: Bearer ***", StringComparison.Ordinal));
            Assert.Contains(log.Lines, l => l.Contains("\"access_token\":\"***\"", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_dump_whose_body_was_masked_masks_its_Content_Length_too()
        {
            var log = new RecordingLog();
            using (RequestLogScope.Begin(log))
            {
                await using var fresh = await AppleLoopback.StartAsync();
            }

            var masked = log.Lines.Where(l => l.Contains("\"client_secret\":\"***\"", StringComparison.Ordinal) || l.Contains("\"access_token\":\"***\"", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, masked.Count);
            Assert.All(masked, l => Assert.Contains("Content-Length: ***", l, StringComparison.Ordinal));
            Assert.All(masked, l => Assert.DoesNotMatch(@"Content-Length: \d", l));
            Assert.Contains(log.Lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"Content-Length: \d") && !l.Contains("***", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_wrong_organization_is_PermissionDenied_when_connecting()
        {
            var error = await Assert.ThrowsAsync<CallerIdException>(() => AppleLoopback.ConnectAsync(Apple.Server, Apple.Emulator.Options, Apple.Emulator.Options.ClientSecret, "1234567890"));

            Assert.Equal(CallerIdErrorKind.PermissionDenied, error.Kind);
            Assert.Equal(403, error.HttpStatus);
        }
    }
}

using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Http;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Providers.AppleBusiness;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>The token cache on its own clock, the ql builder, and redaction of the token exchange.</summary>
    public sealed class AppleTokenCacheTests
    {
        private DateTimeOffset _now = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        private int _fetches;

        private AppleTokenCache Cache(TimeSpan lifetime, TimeSpan? delay = null) => new AppleTokenCache(
            async ct =>
            {
                var n = Interlocked.Increment(ref _fetches);
                if (delay.HasValue) await Task.Delay(delay.Value, ct);
                return new AppleAccessToken("token-" + n, lifetime);
            },
            () => _now);

        [Fact]
        public async Task A_token_is_reused_until_shortly_before_it_expires()
        {
            var cache = Cache(TimeSpan.FromHours(1));

            var first = await cache.GetAsync(CancellationToken.None);
            _now += TimeSpan.FromMinutes(58);
            var stillFirst = await cache.GetAsync(CancellationToken.None);
            _now += TimeSpan.FromSeconds(61);
            var renewed = await cache.GetAsync(CancellationToken.None);

            Assert.Equal("token-1", first);
            Assert.Equal("token-1", stillFirst);
            Assert.Equal("token-2", renewed);
        }

        [Fact]
        public async Task Concurrent_requests_share_one_fetch()
        {
            var cache = Cache(TimeSpan.FromHours(1), TimeSpan.FromMilliseconds(50));

            var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => cache.GetAsync(CancellationToken.None)));

            Assert.Equal(1, _fetches);
            Assert.All(tokens, t => Assert.Equal("token-1", t));
        }

        [Fact]
        public async Task Renewing_after_Expired_Token_fetches_once_for_all_requests_that_saw_the_old_token()
        {
            var cache = Cache(TimeSpan.FromHours(1), TimeSpan.FromMilliseconds(20));
            var old = await cache.GetAsync(CancellationToken.None);

            var renewed = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => cache.RenewAsync(old, CancellationToken.None)));

            Assert.Equal(2, _fetches);
            Assert.All(renewed, t => Assert.Equal("token-2", t));
        }

        [Theory]
        [InlineData(3600, 60)]
        [InlineData(100, 10)]
        public void The_margin_is_a_minute_or_a_tenth_of_a_short_lifetime(int lifetime, int margin)
        {
            Assert.Equal(TimeSpan.FromSeconds(margin), AppleTokenCache.Margin(TimeSpan.FromSeconds(lifetime)));
        }

        [Fact]
        public void Ql_is_built_from_typed_values_and_the_request_percent_encodes_it()
        {
            var query = new CallerIdQuery
            {
                States = new[] { nameof(AppleCallerIdState.Published) },
                PhoneNumber = "+18005555555",
                Department = "department.general.support.customer_service",
                CreatedAfter = new DateTimeOffset(2026, 10, 24, 8, 30, 15, 500, TimeSpan.FromHours(2)),
            };

            var ql = AppleQueryLanguage.Build(query)!;
            var url = ApiRequest.Get("/x", "list").WithQuery("ql", ql).PathAndQuery();

            Assert.Equal("state==PUBLISHED;callerIdDetails.phoneNumber==+18005555555;callerIdDetails.department==department.general.support.customer_service;createdDate=gt=2026-10-24T06:30:15Z", ql);
            Assert.Contains("%2B18005555555", url);
            Assert.DoesNotContain("+", url);
            Assert.Equal("state=in=(SUBMITTED,PROCESSING)", AppleQueryLanguage.Build(new CallerIdQuery { States = new[] { nameof(AppleCallerIdState.Submitted), nameof(AppleCallerIdState.Processing) } }));
            Assert.Null(AppleQueryLanguage.Build(new CallerIdQuery()));
        }

        [Fact]
        public void The_redactor_masks_client_secret_and_access_token()
        {
            var request = System.Text.Encoding.UTF8.GetBytes("{\"client_id\":\"id-1\",\"client_secret\":\"s3cr3t\",\"grant_type\":\"client_credentials\",\"scope\":\"business\"}");
            var response = System.Text.Encoding.UTF8.GetBytes("{\"access_token\":\"eyJ.abc.def\",\"token_type\":\"Bearer\",\"expires_in\":3600}");

            var shownRequest = SecretRedactor.Body(request, "application/json");
            var shownResponse = SecretRedactor.Body(response, "application/json");

            Assert.DoesNotContain("s3cr3t", shownRequest);
            Assert.Contains("\"client_secret\":\"***\"", shownRequest);
            Assert.Contains("id-1", shownRequest);
            Assert.DoesNotContain("eyJ.abc.def", shownResponse);
            Assert.Contains("\"access_token\":\"***\"", shownResponse);
            Assert.Equal("Bearer ***", SecretRedactor.HeaderValue("Authorization", new[] { "Bearer eyJ.abc.def" }));
        }
    }
}

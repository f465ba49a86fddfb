using System;
using System.Linq;
using System.Text.Json.Nodes;
using CallerIdPs.Sandbox.Plivo;

namespace CallerIdPs.Tests.Emulator.Plivo
{
    /// <summary>HTTP Basic with main-account or subaccount credentials, the path's Auth ID, the error body and the 5-second limit.</summary>
    public sealed class PlivoAuthAndLimitTests
    {
        private static void AssertErrorBody(Reply reply, int status, string message)
        {
            Assert.Equal(status, reply.Status);
            var body = Assert.IsType<JsonObject>(reply.Json);
            Assert.Equal(new[] { "api_id", "error" }, body.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));
            Assert.True(Guid.TryParse(reply["api_id"], out _), $"api_id is not a uuid: {reply.Text}");
            Assert.Equal(message, reply.Error);
        }

        [Fact]
        public void Missing_credentials_are_401_with_plivos_error_body()
        {
            var api = new PlivoApi();

            AssertErrorBody(api.Send("GET", api.PathFor(), authenticate: false), 401, "Authentication credentials invalid");
            AssertErrorBody(api.Send("GET", api.PathFor(), authorization: "Bearer " + PlivoEmulatorOptions.DefaultAuthToken), 401, "Authentication credentials invalid");
            AssertErrorBody(api.Send("GET", api.PathFor(), authorization: "Basic not-base64!"), 401, "Authentication credentials invalid");
        }

        [Fact]
        public void A_wrong_token_is_401()
        {
            var api = new PlivoApi { Token = "wrong-token" };

            AssertErrorBody(api.List(), 401, "Authentication credentials invalid");
        }

        [Fact]
        public void The_auth_id_in_the_path_must_be_the_authenticating_one()
        {
            var api = new PlivoApi();

            AssertErrorBody(api.Send("GET", api.PathFor(pathAuthId: PlivoApi.Sub1)), 401, "Authentication credentials invalid");
            Assert.Equal(200, api.Send("GET", api.PathFor()).Status);

            api.As(PlivoApi.Sub1);
            Assert.Equal(200, api.List().Status);
            AssertErrorBody(api.Send("GET", api.PathFor(pathAuthId: PlivoApi.Main)), 401, "Authentication credentials invalid");
        }

        [Fact]
        public void Subaccount_credentials_need_the_subaccounts_own_token_and_an_existing_id()
        {
            var api = new PlivoApi { AuthId = PlivoApi.Sub1, Token = PlivoEmulatorOptions.DefaultAuthToken };
            Assert.Equal(401, api.List().Status);

            api.AuthId = "SANOTASUBACCOUNT0001";
            api.Token = "token-SANOTASUBACCOUNT0001";
            Assert.Equal(401, api.List().Status);
        }

        [Fact]
        public void Every_error_and_success_body_has_its_own_api_id()
        {
            var api = new PlivoApi();

            var ids = new[] { api.List()["api_id"], api.List()["api_id"], api.Get("+14155550100")["api_id"], api.Get("+14155550100")["api_id"] };

            Assert.All(ids, id => Assert.True(Guid.TryParse(id, out _)));
            Assert.Equal(4, ids.Distinct().Count());
            AssertErrorBody(api.Get("+14155550100"), 404, "Phone number not found");
        }

        [Fact]
        public void More_requests_than_the_limit_in_five_seconds_are_429_without_Retry_After()
        {
            var options = new PlivoEmulatorOptions { RequestsPerFiveSeconds = 3 };
            var api = new PlivoApi(options);

            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(200, api.List().Status);
            }

            var refused = api.List();
            AssertErrorBody(refused, 429, "Too many requests");
            Assert.False(refused.Headers.ContainsKey("Retry-After"));

            api.Emulator.Clock.Advance(TimeSpan.FromSeconds(4));
            Assert.Equal(429, api.List().Status);
            api.Emulator.Clock.Advance(TimeSpan.FromSeconds(1.5));
            Assert.Equal(200, api.List().Status);
        }

        [Fact]
        public void The_limit_is_per_account_so_subaccounts_share_it_and_refused_credentials_do_not_count()
        {
            var api = new PlivoApi(new PlivoEmulatorOptions { RequestsPerFiveSeconds = 2 });
            Assert.Equal(401, api.Send("GET", api.PathFor(), authenticate: false).Status);
            Assert.Equal(200, api.List().Status);
            api.As(PlivoApi.Sub2);
            Assert.Equal(200, api.List().Status);

            Assert.Equal(429, api.List().Status);
        }

        [Fact]
        public void Paths_work_with_and_without_the_trailing_slash_and_unknown_methods_are_405()
        {
            var api = new PlivoApi();
            var seeded = api.Emulator.CallerIds()[0].PhoneNumber;

            Assert.Equal(200, api.Send("GET", $"/v1/Account/{PlivoApi.Main}/VerifiedCallerId").Status);
            Assert.Equal(200, api.Send("GET", $"/v1/Account/{PlivoApi.Main}/VerifiedCallerId/{seeded}").Status);
            Assert.Equal(405, api.Send("PUT", api.PathFor(seeded + "/"), json: "{}").Status);
            Assert.Equal(404, api.Send("GET", $"/v1/Account/{PlivoApi.Main}/Call/").Status);
        }
    }
}

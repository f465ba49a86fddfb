using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using CallerIdPs.Sandbox.AppleBusiness;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Tests.Emulator.AppleBusiness
{
    /// <summary>The Apple emulator driven directly, so the client is checked against a reading of the spec that can say no.</summary>
    public sealed class AppleEmulatorTests
    {
        private const string List = "/api/v1/orgs/" + AppleEmulatorOptions.DefaultOrganizationId + "/brands/" + AppleEmulatorOptions.DefaultBrandId + "/caller-ids";
        private readonly AppleEmulator _emulator = new AppleEmulator(new AppleEmulatorOptions { RequestsPerSecond = 1000 });

        private EmulatorResponse Send(string method, string path, string? query = null, string? body = null, string? token = null, IDictionary<string, string>? headers = null)
        {
            var all = new Dictionary<string, string>(headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
            if (body != null) all["Content-Type"] = "application/json";
            if (token != null) all["Authorization"] = "Bearer " + token;
            return _emulator.HandleAsync(new EmulatorRequest(method, path, query, all, Encoding.UTF8.GetBytes(body ?? "")), CancellationToken.None).GetAwaiter().GetResult();
        }

        private string Token()
        {
            var answer = Send("POST", AppleEmulator.TokenPath, body: "{\"client_id\":\"" + AppleEmulatorOptions.DefaultClientId + "\",\"client_secret\":\"" + AppleEmulatorOptions.DefaultClientSecret + "\",\"grant_type\":\"client_credentials\",\"scope\":\"business\"}");
            Assert.Equal(200, answer.Status);
            var json = JsonNode.Parse(answer.BodyText)!;
            Assert.Equal("Bearer", (string?)json["token_type"]);
            Assert.Equal(3600, (int)json["expires_in"]!);
            return (string)json["access_token"]!;
        }

        [Fact]
        public void An_expired_token_is_answered_401_with_the_documented_array()
        {
            var token = Token();
            _emulator.Clock.Advance(TimeSpan.FromMinutes(61));

            var answer = Send("GET", List, token: token);

            Assert.Equal(401, answer.Status);
            Assert.Equal("[{\"code\":\"Unauthorized\",\"message\":\"Expired Token\",\"context\":{},\"details\":{\"header\":\"Authorization\"}}]", answer.BodyText);
            Assert.True(answer.Headers.ContainsKey("apple-request-id"));
        }

        [Fact]
        public void Ql_filters_with_in_and_and_and_a_raw_plus_is_refused()
        {
            var token = Token();
            var published = Send("GET", List, "?ql=" + Uri.EscapeDataString("state=in=(PUBLISHED,REJECTED);callerIdDetails.department==department.general.sales"), token: token);
            var rawPlus = Send("GET", List, "?ql=callerIdDetails.phoneNumber==+18007777777", token: token);

            Assert.Equal(200, published.Status);
            var data = JsonNode.Parse(published.BodyText)!["data"]!.AsArray();
            Assert.NotEmpty(data);
            Assert.All(data, d => Assert.Contains((string)d!["state"]!, new[] { "PUBLISHED", "REJECTED" }));
            Assert.All(data, d => Assert.Equal("department.general.sales", (string)d!["callerIdDetails"]!["department"]!));
            Assert.Equal(400, rawPlus.Status);
        }

        [Fact]
        public void Cursors_page_to_the_end_and_expire()
        {
            var token = Token();
            var first = JsonNode.Parse(Send("GET", List, "?limit=50", token: token).BodyText)!;
            var after = (string)first["pagination"]!["cursors"]!["after"]!;
            _emulator.Clock.Advance(TimeSpan.FromMinutes(6));

            var expired = Send("GET", List, "?limit=50&after=" + after, token: Token());

            Assert.Equal(122, (int)first["total"]!);
            Assert.Contains("after=" + after, (string)first["pagination"]!["next"]!);
            Assert.Equal(400, expired.Status);
        }

        [Fact]
        public void Update_needs_If_Match_and_a_stale_etag_is_412()
        {
            var token = Token();
            var c = _emulator.CallerIds()[0];
            var body = "{\"id\":\"" + c.Id + "\",\"callerIdDetails\":{\"phoneNumber\":\"" + c.PhoneNumber + "\",\"department\":\"department.general.sales\"}}";

            var missing = Send("PUT", List + "/" + c.Id, body: body, token: token);
            var ok = Send("PUT", List + "/" + c.Id, body: body, token: token, headers: new Dictionary<string, string> { ["If-Match"] = "\"" + c.Etag + "\"" });
            var stale = Send("PUT", List + "/" + c.Id, body: body, token: token, headers: new Dictionary<string, string> { ["If-Match"] = "\"" + c.Etag + "\"" });

            Assert.Equal(400, missing.Status);
            Assert.Equal(200, ok.Status);
            Assert.Equal("\"" + _emulator.CallerIds().Single(x => x.Id == c.Id).Etag + "\"", ok.Headers["etag"]);
            Assert.Equal(412, stale.Status);
        }

        [Fact]
        public void More_than_15_requests_in_a_second_are_429()
        {
            var limited = new AppleEmulator();
            var statuses = Enumerable.Range(0, 16).Select(_ => limited.HandleAsync(new EmulatorRequest("GET", List, null, new Dictionary<string, string>(), Array.Empty<byte>()), CancellationToken.None).GetAwaiter().GetResult().Status).ToList();

            Assert.All(statuses.Take(15), s => Assert.Equal(401, s));
            Assert.Equal(429, statuses.Last());
        }
    }
}

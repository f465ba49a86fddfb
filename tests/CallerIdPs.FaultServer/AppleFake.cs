using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;

namespace CallerIdPs.FaultServer
{
    /// <summary>Apple Business (apple-business.md): the client-credentials token and the cursor-paged caller-ID listing.</summary>
    internal sealed class AppleFake : IFakeApi
    {
        public const string TokenPath = "/api/v1/oauth2/token";

        private readonly FaultScenario _scenario;
        private readonly string _token = "fault-token-" + Guid.NewGuid().ToString("N");
        private int _cursor;

        public AppleFake(FaultScenario scenario)
        {
            _scenario = scenario;
        }

        private string ListPath => $"/api/v1/orgs/{_scenario.Apple.OrganizationId}/brands/{_scenario.Apple.BrandId}/caller-ids";

        public bool Owns(RawRequest request) => request.Path.StartsWith("/api/v1/oauth2/", StringComparison.Ordinal) || request.Path.StartsWith("/api/v1/orgs/", StringComparison.Ordinal);

        public Reply Handle(RawRequest request) => Answer(request).With("apple-request-id", "fault-" + Guid.NewGuid().ToString("N"));

        private Reply Answer(RawRequest request)
        {
            if (request.Key == "POST " + TokenPath)
            {
                using var body = JsonDocument.Parse(request.Body.Length == 0 ? new byte[] { (byte)'{', (byte)'}' } : request.Body);
                var id = body.RootElement.TryGetProperty("client_id", out var c) ? c.GetString() : null;
                var secret = body.RootElement.TryGetProperty("client_secret", out var s) ? s.GetString() : null;
                if (id != _scenario.Apple.ClientId || secret != _scenario.Apple.ClientSecret)
                {
                    return Reply.Json(401, new { code = "Unauthorized", message = "Invalid client credentials" });
                }

                return Reply.Json(200, new { access_token = _token, token_type = "Bearer", expires_in = 3600 });
            }

            if (request.Header("Authorization") != "Bearer " + _token)
            {
                return Reply.Json(401, new[] { new { code = "Unauthorized", message = "Invalid Token", details = new { header = "Authorization" } } });
            }

            if (request.Key != "GET " + ListPath)
            {
                return Reply.Json(404, new { code = "NotFound", message = "Resource not found" });
            }

            var total = _scenario.Apple.CallerIdCount;
            var limit = Math.Clamp(request.QueryInt("limit", 20), 1, 1000);
            var after = request.QueryValue("after");
            int start;
            if (_scenario.Apple.NewCursorSameData) start = 0;
            else start = after != null && after.StartsWith("c", StringComparison.Ordinal) && int.TryParse(after.Substring(1), out var at) ? at : 0;
            var items = Enumerable.Range(start, Math.Max(0, Math.Min(limit, total - start))).Select(Item).ToArray();
            string? nextCursor = null;
            if (_scenario.Apple.NewCursorSameData) nextCursor = "r" + Interlocked.Increment(ref _cursor).ToString(CultureInfo.InvariantCulture);
            else if (start + limit < total) nextCursor = "c" + (start + limit).ToString(CultureInfo.InvariantCulture);
            object pagination = nextCursor == null
                ? new { }
                : new { cursors = new { after = nextCursor }, next = ListPath + "?limit=" + limit.ToString(CultureInfo.InvariantCulture) + "&after=" + nextCursor };
            return Reply.Json(200, new { data = items, pagination, total });
        }

        public static string Number(int index) => "+1800555" + (100 + index).ToString("D4", CultureInfo.InvariantCulture);

        private object Item(int index) => new
        {
            orgId = _scenario.Apple.OrganizationId,
            brandId = _scenario.Apple.BrandId,
            id = "94678950787426" + (50000 + index).ToString(CultureInfo.InvariantCulture),
            createdDate = "2026-10-02T11:41:00Z",
            updatedDate = "2026-10-02T11:41:00Z",
            state = "PUBLISHED",
            etag = "7c752ec0-5d45-11ee-a464-" + index.ToString("D12", CultureInfo.InvariantCulture),
            callerIdDetails = new { phoneNumber = Number(index), department = "department.general.support.customer_service" },
        };
    }
}

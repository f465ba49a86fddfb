using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CallerIdPs.FaultServer
{
    /// <summary>Plivo (plivo.md): the verified caller-ID listing, paged by limit/offset with meta.next.</summary>
    internal sealed class PlivoFake : IFakeApi
    {
        private readonly FaultScenario _scenario;

        public PlivoFake(FaultScenario scenario)
        {
            _scenario = scenario;
        }

        private string ListPath => "/v1/Account/" + _scenario.Plivo.AuthId + "/VerifiedCallerId/";

        public bool Owns(RawRequest request) => request.Path.StartsWith("/v1/Account/", StringComparison.Ordinal);

        public Reply Handle(RawRequest request)
        {
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(_scenario.Plivo.AuthId + ":" + _scenario.Plivo.AuthToken));
            if (request.Header("Authorization") != expected)
            {
                return Reply.Json(401, new { api_id = Guid.NewGuid().ToString(), error = "Authentication credentials invalid" });
            }

            if (request.Key != "GET " + ListPath)
            {
                return Reply.Json(404, new { api_id = Guid.NewGuid().ToString(), error = "not found" });
            }

            var total = _scenario.Plivo.CallerIdCount;
            var limit = Math.Clamp(request.QueryInt("limit", 20), 1, 20);
            var offset = _scenario.Plivo.IgnoreOffset ? 0 : Math.Max(0, request.QueryInt("offset", 0));
            string? next = null;
            if (_scenario.Plivo.NextPointsAtItself) next = Link(limit, offset);
            else if (offset + limit < total) next = Link(limit, offset + limit);
            return Reply.Json(200, new
            {
                api_id = Guid.NewGuid().ToString(),
                meta = new { limit, next, offset, previous = offset == 0 ? null : Link(limit, Math.Max(0, offset - limit)), total_count = total },
                objects = Enumerable.Range(offset, Math.Max(0, Math.Min(limit, total - offset))).Select(Item).ToArray(),
            });
        }

        public static string Number(int index) => "+1415555" + (100 + index).ToString("D4", CultureInfo.InvariantCulture);

        private string Link(int limit, int offset) => ListPath + "?limit=" + limit.ToString(CultureInfo.InvariantCulture) + "&offset=" + offset.ToString(CultureInfo.InvariantCulture);

        private object Item(int index) => new
        {
            alias = "line-" + index.ToString(CultureInfo.InvariantCulture),
            country = "US",
            created_at = "2023-09-25T14:40:38.68729Z",
            modified_at = "2023-09-25T14:40:38.68729Z",
            phone_number = Number(index),
            resource_uri = ListPath + Number(index).TrimStart('+'),
            subaccount = "",
            verification_uuid = "01be6b07-b106-46e2-8dfc-" + index.ToString("D12", CultureInfo.InvariantCulture),
        };
    }
}

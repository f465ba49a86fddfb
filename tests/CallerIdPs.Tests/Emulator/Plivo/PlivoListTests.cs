using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CallerIdPs.Sandbox.Plivo;

namespace CallerIdPs.Tests.Emulator.Plivo
{
    /// <summary>limit/offset paging with meta.next/previous links, exact filters, and the list item shape.</summary>
    public sealed class PlivoListTests
    {
        private static JsonObject Meta(Reply reply) => Assert.IsType<JsonObject>(reply.Json!["meta"]);

        private static List<JsonObject> Objects(Reply reply) => reply.Json!["objects"]!.AsArray().Select(o => Assert.IsType<JsonObject>(o)).ToList();

        private static string? Link(JsonObject meta, string name) => meta[name]?.GetValue<string>();

        [Fact]
        public void The_seeded_account_takes_three_pages_at_the_default_limit()
        {
            var api = new PlivoApi();

            var first = api.List();
            Assert.Equal(200, first.Status);
            var meta = Meta(first);
            Assert.Equal(20, meta["limit"]!.GetValue<int>());
            Assert.Equal(0, meta["offset"]!.GetValue<int>());
            Assert.Equal(47, meta["total_count"]!.GetValue<int>());
            Assert.Null(meta["previous"]);
            Assert.Equal($"/v1/Account/{PlivoApi.Main}/VerifiedCallerId/?limit=20&offset=20", Link(meta, "next"));

            var second = api.Follow(Link(meta, "next")!);
            var meta2 = Meta(second);
            Assert.Equal(20, meta2["offset"]!.GetValue<int>());
            Assert.Equal($"/v1/Account/{PlivoApi.Main}/VerifiedCallerId/?limit=20&offset=0", Link(meta2, "previous"));
            Assert.Equal($"/v1/Account/{PlivoApi.Main}/VerifiedCallerId/?limit=20&offset=40", Link(meta2, "next"));

            var third = api.Follow(Link(meta2, "next")!);
            var meta3 = Meta(third);
            Assert.Null(meta3["next"]);
            Assert.Equal($"/v1/Account/{PlivoApi.Main}/VerifiedCallerId/?limit=20&offset=20", Link(meta3, "previous"));

            var counts = new[] { Objects(first).Count, Objects(second).Count, Objects(third).Count };
            Assert.Equal(new[] { 20, 20, 7 }, counts);
            var listed = new[] { first, second, third }.SelectMany(Objects).Select(o => o["phone_number"]!.GetValue<string>()).ToList();
            Assert.Equal(api.Emulator.CallerIds().Select(c => c.PhoneNumber), listed);
            Assert.Equal(47, listed.Distinct().Count());
        }

        [Fact]
        public void Paging_is_stable_and_oldest_first()
        {
            var api = new PlivoApi();
            var all = Enumerable.Range(0, 3).SelectMany(p => Objects(api.List($"?offset={p * 20}"))).ToList();

            var created = all.Select(o => DateTimeOffset.Parse(Trim(o["created_at"]!.GetValue<string>()), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(created.OrderBy(c => c), created);
            Assert.Equal(all.Select(o => o.ToJsonString()), Enumerable.Range(0, 3).SelectMany(p => Objects(api.List($"?offset={p * 20}"))).Select(o => o.ToJsonString()));
        }

        // .NET's parser takes at most 7 fractional digits.
        private static string Trim(string stamp)
        {
            var dot = stamp.IndexOf('.');
            return dot < 0 || stamp.Length - dot - 2 <= 7 ? stamp : stamp.Substring(0, dot + 8) + "Z";
        }

        [Fact]
        public void A_smaller_limit_and_an_offset_past_the_end()
        {
            var api = new PlivoApi();

            var page = api.List("?limit=5&offset=45");
            Assert.Equal(2, Objects(page).Count);
            Assert.Null(Meta(page)["next"]);
            Assert.Equal($"/v1/Account/{PlivoApi.Main}/VerifiedCallerId/?limit=5&offset=40", Link(Meta(page), "previous"));

            var past = api.List("?limit=5&offset=100");
            Assert.Equal(200, past.Status);
            Assert.Empty(Objects(past));
            Assert.Null(Meta(past)["next"]);
            Assert.Equal(47, Meta(past)["total_count"]!.GetValue<int>());
        }

        [Theory]
        [InlineData("?limit=21", "limit")]
        [InlineData("?limit=0", "limit")]
        [InlineData("?limit=-1", "limit")]
        [InlineData("?limit=ten", "limit")]
        [InlineData("?offset=-1", "offset")]
        [InlineData("?offset=x", "offset")]
        public void Limits_outside_1_to_20_and_negative_offsets_are_400(string query, string field)
        {
            var api = new PlivoApi();

            var reply = api.List(query);

            Assert.Equal(400, reply.Status);
            Assert.Contains(field, reply.Error);
        }

        [Fact]
        public void List_items_carry_the_sdk_fixtures_fields_and_resource_uri()
        {
            var api = new PlivoApi();

            var item = Objects(api.List("?limit=1"))[0];

            Assert.Equal(new[] { "alias", "country", "created_at", "modified_at", "phone_number", "resource_uri", "subaccount", "verification_uuid" },
                item.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));
            var number = item["phone_number"]!.GetValue<string>();
            Assert.Equal($"/v1/Account/{PlivoApi.Main}/VerifiedCallerId/{number.Substring(1)}", item["resource_uri"]!.GetValue<string>());
        }

        [Fact]
        public void Country_filter_is_exact_and_kept_in_the_links()
        {
            var api = new PlivoApi();
            var all = Enumerable.Range(0, 3).SelectMany(p => Objects(api.List($"?offset={p * 20}"))).ToList();
            var gb = all.Where(o => o["country"]!.GetValue<string>() == "GB").ToList();
            Assert.True(gb.Count > 2, "the seed should have several GB numbers");

            var page = api.List("?limit=2&country=GB");

            Assert.Equal(gb.Count, Meta(page)["total_count"]!.GetValue<int>());
            Assert.All(Objects(page), o => Assert.Equal("GB", o["country"]!.GetValue<string>()));
            var next = Link(Meta(page), "next")!;
            Assert.Equal($"/v1/Account/{PlivoApi.Main}/VerifiedCallerId/?limit=2&offset=2&country=GB", next);
            var second = api.Follow(next);
            Assert.Equal(gb.Skip(2).Take(2).Select(o => o.ToJsonString()), Objects(second).Select(o => o.ToJsonString()));
            Assert.Equal(0, Meta(api.List("?country=gb"))["total_count"]!.GetValue<int>());
        }

        [Fact]
        public void Alias_filter_is_exact()
        {
            var api = new PlivoApi();

            var support = api.List("?alias=Support");
            Assert.Equal(api.Emulator.CallerIds().Count(c => c.Alias == "Support"), Meta(support)["total_count"]!.GetValue<int>());
            Assert.Equal(2, Objects(support).Count);
            Assert.All(Objects(support), o => Assert.Equal("Support", o["alias"]!.GetValue<string>()));

            Assert.Single(Objects(api.List("?alias=old-sales")));
            Assert.Empty(Objects(api.List("?alias=old-*")));
            Assert.Empty(Objects(api.List("?alias=support")));
        }

        [Fact]
        public void Alias_filter_with_a_space_round_trips_through_the_links()
        {
            var api = new PlivoApi();
            api.Verify("+14155550100", alias: "Front desk");

            var page = api.List("?limit=1&alias=Front%20desk");

            Assert.Equal(2, Meta(page)["total_count"]!.GetValue<int>());
            var next = Link(Meta(page), "next")!;
            Assert.EndsWith("&alias=Front%20desk", next);
            Assert.Equal("+14155550100", Objects(api.Follow(next))[0]["phone_number"]!.GetValue<string>());
        }

        [Fact]
        public void Subaccount_filter_is_exact()
        {
            var api = new PlivoApi();
            var expected = api.Emulator.CallerIds().Where(c => c.Subaccount == PlivoApi.Sub1).Select(c => c.PhoneNumber).ToList();
            Assert.NotEmpty(expected);

            var page = api.List($"?subaccount={PlivoApi.Sub1}");

            Assert.Equal(expected, Objects(page).Select(o => o["phone_number"]!.GetValue<string>()));
            Assert.All(Objects(page), o => Assert.Equal(PlivoApi.Sub1, o["subaccount"]!.GetValue<string>()));
        }

        [Fact]
        public void A_subaccount_lists_only_its_own_caller_ids()
        {
            var api = new PlivoApi().As(PlivoApi.Sub2);
            var own = api.Emulator.CallerIds().Where(c => c.Subaccount == PlivoApi.Sub2).Select(c => c.PhoneNumber).ToList();
            Assert.NotEmpty(own);

            var page = api.List();

            Assert.Equal(own.Count, Meta(page)["total_count"]!.GetValue<int>());
            Assert.Equal(own, Objects(page).Select(o => o["phone_number"]!.GetValue<string>()));
            Assert.StartsWith($"/v1/Account/{PlivoApi.Sub2}/VerifiedCallerId/", Objects(page)[0]["resource_uri"]!.GetValue<string>());
            Assert.Empty(Objects(api.List($"?subaccount={PlivoApi.Sub1}")));
        }
    }
}

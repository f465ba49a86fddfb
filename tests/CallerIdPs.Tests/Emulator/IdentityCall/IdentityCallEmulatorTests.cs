using System;
using System.Linq;
using System.Text.Json.Nodes;
using CallerIdPs.Sandbox.IdentityCall;

namespace CallerIdPs.Tests.Emulator.IdentityCall
{
    /// <summary>The emulator against identitycall.md: keys, scopes and permissions, the bodies, updates, purchase, operators and the plan's limit.</summary>
    public sealed class IdentityCallEmulatorTests
    {
        private static void AssertError(Reply reply, int status, string message)
        {
            Assert.Equal(status, reply.Status);
            var body = Assert.IsType<JsonObject>(reply.Json);
            Assert.Equal(new[] { "error" }, body.Select(p => p.Key));
            Assert.Equal(message, reply.Error);
        }

        private static string[] Errors(Reply reply)
        {
            Assert.Equal(422, reply.Status);
            return reply.Json!["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray();
        }

        private static long[] Ids(Reply reply) => reply.Json!["data"]!.AsArray().Select(n => n!["id"]!.GetValue<long>()).ToArray();

        [Fact]
        public void A_request_without_a_bearer_key_is_401_Unauthorized()
        {
            var api = new IdentityCallApi();

            AssertError(api.Send("GET", IdentityCallApi.Base, authorization: null), 401, "Unauthorized");
            AssertError(api.Send("GET", IdentityCallApi.Base, authorization: "Basic " + IdentityCallEmulatorOptions.AccountKey), 401, "Unauthorized");
            AssertError(api.Send("GET", IdentityCallApi.Base, authorization: "Bearer "), 401, "Unauthorized");
        }

        [Theory]
        [InlineData("idc_ThisKeyIsNotOneOfTheAccounts00000")]
        [InlineData("idc_short")]
        [InlineData("sk_SandboxAccountKeyReadWriteDelete")]
        [InlineData(IdentityCallEmulatorOptions.ExpiredKey)]
        public void An_unknown_malformed_or_expired_key_is_401_Invalid_or_expired(string key)
        {
            var api = new IdentityCallApi().As(key);

            AssertError(api.List(), 401, "Invalid or expired API key");
        }

        [Fact]
        public void A_key_stops_working_when_it_expires()
        {
            var options = new IdentityCallEmulatorOptions();
            const string token = "idc_ExpiresTomorrow00000000000000000";
            options.Keys.Add(new IdentityCallApiKey(token) { ExpiresAt = DateTimeOffset.UtcNow.AddDays(1) });
            var api = new IdentityCallApi(options).As(token);

            Assert.Equal(200, api.List().Status);
            api.Emulator.Clock.Advance(TimeSpan.FromDays(2));
            AssertError(api.List(), 401, "Invalid or expired API key");
        }

        [Fact]
        public void The_list_has_the_documented_fields_and_at_most_three_operators_with_their_count()
        {
            var api = new IdentityCallApi();

            var reply = api.List();

            Assert.Equal(200, reply.Status);
            Assert.Equal(new long[] { 7, 8, 9, 10, 11, 12, 13 }, Ids(reply)); // 13 is shared with the 2Chat sandbox (SharedSandboxNumbers)
            var first = reply.Json!["data"]![0]!.AsObject();
            Assert.Equal(new[] { "id", "phone_number", "name", "country_code", "active", "ai_receptionist_enabled", "operators", "operators_count" }, first.Select(p => p.Key));
            Assert.Equal("+15551234567", first["phone_number"]!.GetValue<string>());
            Assert.Equal(new[] { "id", "name", "initials" }, first["operators"]![0]!.AsObject().Select(p => p.Key));
            var nine = reply.Json!["data"]!.AsArray().Single(n => n!["id"]!.GetValue<long>() == 9)!;
            Assert.Equal(3, nine["operators"]!.AsArray().Count);
            Assert.Equal(5, nine["operators_count"]!.GetValue<int>());
            var unnamed = reply.Json!["data"]!.AsArray().Single(n => n!["id"]!.GetValue<long>() == 11)!;
            Assert.Null(unnamed["name"]);
        }

        [Fact]
        public void The_detail_record_adds_recording_routing_stats_every_operator_and_the_ten_newest_calls()
        {
            var api = new IdentityCallApi();

            var reply = api.Get(9);
            var seven = api.Get(7).Json!["data"]!;

            Assert.Equal(200, reply.Status);
            var data = reply.Json!["data"]!;
            Assert.Equal(new[] { "id", "phone_number", "name", "country_code", "active", "ai_receptionist_enabled", "operators", "operators_count", "recording", "routing_strategy", "stats", "available_operators", "recent_calls" },
                data.AsObject().Select(p => p.Key));
            Assert.Equal("round_robin", data["routing_strategy"]!.GetValue<string>());
            var operators = data["operators"]!.AsArray();
            Assert.Equal(5, operators.Count);
            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, operators.Select(o => o!["priority"]!.GetValue<int>()));
            Assert.Equal(new[] { "id", "name", "phone_number", "initials", "priority" }, operators[0]!.AsObject().Select(p => p.Key));
            var attached = operators.Select(o => o!["id"]!.GetValue<long>()).ToHashSet();
            Assert.DoesNotContain(data["available_operators"]!.AsArray(), o => attached.Contains(o!["id"]!.GetValue<long>()));

            var calls = seven["recent_calls"]!.AsArray();
            Assert.Equal(10, calls.Count);
            var times = calls.Select(c => DateTimeOffset.Parse(c!["created_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(times.OrderByDescending(t => t), times);
            Assert.Equal(new[] { "id", "phone_number", "caller_name", "call_status", "call_duration", "direction", "ai_handled", "transcript_summary", "created_at" }, calls[0]!.AsObject().Select(p => p.Key));
            var stats = seven["stats"]!;
            Assert.Equal(14, stats["total_calls"]!.GetValue<int>());
            Assert.Equal(14, stats["answered_calls"]!.GetValue<int>() + stats["missed_calls"]!.GetValue<int>());
        }

        [Fact]
        public void A_missing_number_is_404_Resource_not_found()
        {
            var api = new IdentityCallApi();

            AssertError(api.Get(999), 404, "Resource not found");
            AssertError(api.Get("abc"), 404, "Resource not found");
            AssertError(api.Patch(999, "{\"active\":false}"), 404, "Resource not found");
        }

        [Fact]
        public void A_project_scoped_key_sees_only_its_project_and_the_rest_is_404_not_403()
        {
            var api = new IdentityCallApi().As(IdentityCallEmulatorOptions.ProjectKey);

            Assert.Equal(new long[] { 7, 11 }, Ids(api.List()));
            Assert.Equal(200, api.Get(7).Status);
            AssertError(api.Get(8), 404, "Resource not found");
            AssertError(api.Patch(9, "{\"recording\":false}"), 404, "Resource not found");
            AssertError(api.AddOperator(8, "{\"operator_id\":12}"), 404, "Resource not found");
            Assert.True(api.Emulator.Numbers().Single(n => n.Id == 9).Recording, "an out-of-scope number must not change");
        }

        [Fact]
        public void A_project_scoped_key_searches_any_country_and_its_purchases_join_its_project()
        {
            var api = new IdentityCallApi().As(IdentityCallEmulatorOptions.ProjectKey);
            var number = api.Emulator.ForSale("GB", "mobile")[0];

            Assert.NotEmpty(api.Available("?country=GB&number_type=mobile").Json!["data"]!.AsArray());
            var bought = api.Purchase($"{{\"phone_number\":\"{number}\",\"name\":\"Sales UK\"}}");

            Assert.Equal(201, bought.Status);
            var id = bought.Json!["data"]!["id"]!.GetValue<long>();
            Assert.Contains(id, Ids(api.List()));
            Assert.Equal(IdentityCallEmulatorOptions.SalesProjectId, api.Emulator.Numbers().Single(n => n.Id == id).ProjectId);
        }

        [Fact]
        public void A_read_only_key_reads_but_every_write_is_403_Write_permission_required()
        {
            var api = new IdentityCallApi().As(IdentityCallEmulatorOptions.ReadOnlyKey);
            var number = api.Emulator.ForSale("US", "local")[0];

            Assert.Equal(200, api.List().Status);
            Assert.Equal(200, api.Available().Status);
            AssertError(api.Patch(7, "{\"recording\":false}"), 403, "Write permission required");
            AssertError(api.Patch(999, "{\"recording\":false}"), 403, "Write permission required");
            AssertError(api.Purchase($"{{\"phone_number\":\"{number}\"}}"), 403, "Write permission required");
            AssertError(api.AddOperator(7, "{\"operator_id\":15}"), 403, "Write permission required");
            AssertError(api.RemoveOperator(7, 12), 403, "Write permission required");
            Assert.Equal(0, api.Emulator.PurchaseCount);
        }

        [Fact]
        public void A_key_without_read_is_403_Read_permission_required_and_may_still_write()
        {
            var api = new IdentityCallApi().As(IdentityCallEmulatorOptions.WriteOnlyKey);

            AssertError(api.List(), 403, "Read permission required");
            AssertError(api.Get(7), 403, "Read permission required");
            AssertError(api.Available(), 403, "Read permission required");
            Assert.Equal(200, api.Patch(7, "{\"recording\":false}").Status);
        }

        [Fact]
        public void An_update_changes_only_the_fields_it_sends()
        {
            var api = new IdentityCallApi();
            var before = api.Emulator.Numbers().Single(n => n.Id == 9);

            var reply = api.Patch(9, "{\"recording\":false}");

            Assert.Equal(200, reply.Status);
            Assert.False(reply.Json!["data"]!["recording"]!.GetValue<bool>());
            var after = api.Emulator.Numbers().Single(n => n.Id == 9);
            Assert.Equal((before.Name, before.Active, before.RoutingStrategy), (after.Name, after.Active, after.RoutingStrategy));
            Assert.False(after.Recording);

            api.Patch(9, "{\"name\":\"Reception\",\"active\":false,\"routing_strategy\":\"simultaneous\"}");
            Assert.Equal(("Reception", false, "simultaneous"), api.Emulator.Numbers().Where(n => n.Id == 9).Select(n => (n.Name, n.Active, n.RoutingStrategy)).Single());
            api.Patch(9, "{\"name\":null}");
            Assert.Null(api.Emulator.Numbers().Single(n => n.Id == 9).Name);
        }

        [Fact]
        public void An_invalid_update_is_422_with_every_problem_listed_and_changes_nothing()
        {
            var api = new IdentityCallApi();

            var errors = Errors(api.Patch(9, "{\"active\":\"no\",\"routing_strategy\":\"random\",\"recording\":1}"));

            Assert.Equal(3, errors.Length);
            Assert.Contains(errors, e => e.Contains("routing_strategy"));
            Assert.True(api.Emulator.Numbers().Single(n => n.Id == 9).Active);
            Assert.Equal(422, api.Patch(9, "[1]").Status);
        }

        [Fact]
        public void Available_numbers_default_to_US_mobile_with_costs_as_decimal_strings()
        {
            var api = new IdentityCallApi();

            var reply = api.Available();

            var data = reply.Json!["data"]!.AsArray();
            Assert.Equal(api.Emulator.Options.AvailablePerSearch, data.Count);
            Assert.All(data, n =>
            {
                Assert.Equal("US", n!["country_code"]!.GetValue<string>());
                Assert.Equal("mobile", n["number_type"]!.GetValue<string>());
            });
            var first = data[0]!.AsObject();
            Assert.Equal(new[] { "phone_number", "country_code", "number_type", "upfront_cost", "monthly_cost", "features", "region_information" }, first.Select(p => p.Key));
            Assert.Equal("1.00", first["upfront_cost"]!.GetValue<string>());
            Assert.Equal(new[] { "sms", "voice", "mms" }, first["features"]!.AsArray().Select(f => f!.GetValue<string>()));
            Assert.Equal(new[] { "region_type", "region_name" }, first["region_information"]![0]!.AsObject().Select(p => p.Key));
        }

        [Fact]
        public void Available_numbers_filter_by_country_and_each_documented_type()
        {
            var api = new IdentityCallApi();

            foreach (var type in new[] { "mobile", "local", "toll-free", "national" })
            {
                var data = api.Available($"?country=gb&number_type={type}").Json!["data"]!.AsArray();
                Assert.NotEmpty(data);
                Assert.All(data, n => Assert.Equal((type, "GB"), (n!["number_type"]!.GetValue<string>(), n["country_code"]!.GetValue<string>())));
            }

            Assert.Empty(api.Available("?country=FR&number_type=local").Json!["data"]!.AsArray());
            Assert.Contains(Errors(api.Available("?country=US&number_type=tollfree")), e => e.Contains("number_type"));
            Assert.Contains(Errors(api.Available("?country=USA")), e => e.Contains("country"));
        }

        [Fact]
        public void A_purchase_answers_201_with_the_list_item_and_takes_the_number_off_sale()
        {
            var api = new IdentityCallApi();
            var number = api.Emulator.ForSale("US", "local")[0];

            var reply = api.Purchase($"{{\"phone_number\":\"{number}\",\"country_code\":\"US\",\"number_type\":\"local\",\"name\":\"Sales\",\"upfront_cost\":\"0.50\",\"monthly_cost\":\"1.15\"}}");

            Assert.Equal(201, reply.Status);
            var data = reply.Json!["data"]!.AsObject();
            Assert.Equal(new[] { "id", "phone_number", "name", "country_code", "active", "ai_receptionist_enabled", "operators", "operators_count" }, data.Select(p => p.Key));
            Assert.Equal(number, data["phone_number"]!.GetValue<string>());
            Assert.Equal("Sales", data["name"]!.GetValue<string>());
            Assert.True(data["active"]!.GetValue<bool>());
            Assert.DoesNotContain(number, api.Emulator.ForSale("US", "local"));
            Assert.Equal(1, api.Emulator.PurchaseCount);
            AssertError(api.Purchase($"{{\"phone_number\":\"{number}\"}}"), 422, "Phone number is not available for purchase");
        }

        [Fact]
        public void The_overview_pages_purchase_path_buys_too()
        {
            var api = new IdentityCallApi();
            var number = api.Emulator.ForSale("GB", "local")[0];

            var reply = api.Purchase($"{{\"phone_number\":\"{number}\"}}", IdentityCallApi.Base);

            Assert.Equal(201, reply.Status);
            Assert.Null(reply.Json!["data"]!["name"]);
            Assert.Equal(1, api.Emulator.PurchaseCount);
        }

        [Theory]
        [InlineData("{}")]
        [InlineData("{\"phone_number\":\"\"}")]
        [InlineData("{\"phone_number\":null,\"name\":\"x\"}")]
        public void A_purchase_without_a_phone_number_is_422_phone_number_is_required(string body)
        {
            var api = new IdentityCallApi();

            AssertError(api.Purchase(body), 422, "phone_number is required");
            Assert.Equal(0, api.Emulator.PurchaseCount);
        }

        [Fact]
        public void Operators_are_added_by_id_or_as_new_people_and_removed_with_the_detail_payload_back()
        {
            var api = new IdentityCallApi();

            var added = api.AddOperator(7, "{\"operator_id\":15}");
            var created = api.AddOperator(7, "{\"phone_number\":\"+12025550188\",\"name\":\"Gina Hart\"}");
            var removed = api.RemoveOperator(7, 12);

            Assert.Equal(200, added.Status);
            Assert.Equal(4, added.Json!["data"]!["operators_count"]!.GetValue<int>());
            var newcomer = created.Json!["data"]!["operators"]!.AsArray().Last()!;
            Assert.Equal(("Gina Hart", "GH", 4), (newcomer["name"]!.GetValue<string>(), newcomer["initials"]!.GetValue<string>(), newcomer["priority"]!.GetValue<int>()));
            var left = removed.Json!["data"]!["operators"]!.AsArray();
            Assert.DoesNotContain(left, o => o!["id"]!.GetValue<long>() == 12);
            Assert.Equal(Enumerable.Range(0, left.Count), left.Select(o => o!["priority"]!.GetValue<int>()));
            Assert.Equal(3, api.List().Json!["data"]![0]!["operators"]!.AsArray().Count);
        }

        [Fact]
        public void Operator_refusals_follow_the_spec()
        {
            var api = new IdentityCallApi();

            AssertError(api.RemoveOperator(7, 15), 404, "Resource not found");
            AssertError(api.AddOperator(7, "{\"operator_id\":9999}"), 404, "Resource not found");
            Assert.Equal(422, api.AddOperator(7, "{\"operator_id\":12}").Status);
            Assert.Equal(422, api.AddOperator(7, "{\"name\":\"No Number\"}").Status);
        }

        [Fact]
        public void The_free_plan_allows_60_requests_a_minute_then_429_with_Retry_After()
        {
            var api = new IdentityCallApi();
            for (var i = 0; i < 60; i++)
            {
                Assert.Equal(200, (i % 2 == 0 ? api.As(IdentityCallEmulatorOptions.AccountKey) : api.As(IdentityCallEmulatorOptions.ReadOnlyKey)).List().Status);
            }

            var refused = api.List();

            AssertError(refused, 429, "Rate limit exceeded");
            var wait = int.Parse(refused.Headers["Retry-After"], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(wait, 1, 60);
            api.Emulator.Clock.Advance(TimeSpan.FromSeconds(wait));
            Assert.Equal(200, api.List().Status);
        }

        [Fact]
        public void The_pro_plan_allows_300_and_refused_keys_do_not_count()
        {
            var api = new IdentityCallApi(new IdentityCallEmulatorOptions { Plan = IdentityCallPlan.Pro });
            Assert.Equal(300, api.Emulator.Options.RequestsPerMinute);
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(401, api.Send("GET", IdentityCallApi.Base, authorization: null).Status);
            }

            for (var i = 0; i < 300; i++)
            {
                Assert.Equal(200, api.List().Status);
            }

            Assert.Equal(429, api.List().Status);
        }

        [Fact]
        public void Default_keys_have_IdentityCalls_shape()
        {
            Assert.All(new IdentityCallEmulatorOptions().Keys, k => Assert.Matches("^idc_[A-Za-z0-9]{32}$", k.Token));
        }
    }
}

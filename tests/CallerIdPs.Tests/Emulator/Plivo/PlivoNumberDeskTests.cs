using System.Linq;
using System.Text.Json.Nodes;

namespace CallerIdPs.Tests.Emulator.Plivo
{
    /// <summary>The emulator's phone-number endpoints answer as plivo-numbers.md says, the way Plivo's SDKs call them.</summary>
    public sealed class PlivoNumberDeskTests
    {
        private readonly PlivoApi _api = new PlivoApi();

        private string ForSale(string rest = "") => $"/v1/Account/{_api.AuthId}/PhoneNumber/{rest}";

        private string Rented(string rest = "") => $"/v1/Account/{_api.AuthId}/Number/{rest}";

        [Fact]
        public void Search_answers_string_prices_an_integer_lata_and_both_type_fields()
        {
            var reply = _api.Send("GET", ForSale(), "?country_iso=US&pattern=415&limit=20");

            Assert.Equal(200, reply.Status);
            var first = reply.Json!["objects"]![0]!;
            Assert.Equal("14155559186", first["number"]!.GetValue<string>());
            Assert.Equal("0.80000", first["monthly_rental_rate"]!.GetValue<string>());
            Assert.Equal(722, first["lata"]!.GetValue<int>());
            Assert.Equal("fixed", first["type"]!.GetValue<string>());
            Assert.Equal("local", first["sub_type"]!.GetValue<string>());
            Assert.NotNull(reply.Json["meta"]!["next"]);
            Assert.Equal(20, reply.Json["objects"]!.AsArray().Count);
        }

        [Fact]
        public void An_empty_search_is_200_with_no_objects_and_an_error_text()
        {
            var reply = _api.Send("GET", ForSale(), "?country_iso=US&pattern=999");

            Assert.Equal(200, reply.Status);
            Assert.Empty(reply.Json!["objects"]!.AsArray());
            Assert.Contains("No phone numbers found", reply.Error);
        }

        [Theory]
        [InlineData("?pattern=415")]
        [InlineData("?country_iso=USA")]
        [InlineData("?country_iso=US&limit=21")]
        [InlineData("?country_iso=US&type=shortcode")]
        [InlineData("?country_iso=US&services=fax")]
        [InlineData("?country_iso=US&pattern=4x5")]
        public void Bad_search_parameters_are_400(string query)
        {
            Assert.Equal(400, _api.Send("GET", ForSale(), query).Status);
        }

        [Fact]
        public void Buying_answers_201_created_and_the_number_moves_from_sale_to_the_account()
        {
            var reply = _api.Send("POST", ForSale("14155559186/"), json: "{}");

            Assert.Equal(201, reply.Status);
            Assert.Equal("created", reply["message"]);
            Assert.Equal("fulfilled", reply["status"]);
            Assert.Equal("Success", reply.Json!["numbers"]![0]!["status"]!.GetValue<string>());
            Assert.Equal(200, _api.Send("GET", Rented("14155559186/")).Status);
            Assert.Equal(404, _api.Send("POST", ForSale("14155559186/"), json: "{}").Status);
        }

        [Fact]
        public void A_restricted_number_is_bought_pending_and_inactive()
        {
            var reply = _api.Send("POST", ForSale("+496994550012/"), json: "{\"ha_enabled\":false}");

            Assert.Equal("fulfilled", reply["status"]);
            Assert.Equal("pending", reply.Json!["numbers"]![0]!["status"]!.GetValue<string>());
            Assert.False(_api.Send("GET", Rented("496994550012/")).Json!["active"]!.GetValue<bool>());
        }

        [Theory]
        [InlineData("{\"app_id\":5}")]
        [InlineData("{\"ha_enable\":\"yes\"}")]
        [InlineData("{\"cnam_lookup\":\"maybe\"}")]
        public void Bad_purchase_bodies_are_400(string json)
        {
            Assert.Equal(400, _api.Send("POST", ForSale("14155559186/"), json: json).Status);
        }

        [Fact]
        public void The_account_list_filters_by_type_or_its_legacy_name_number_type()
        {
            var byType = _api.Send("GET", Rented(), "?type=tollfree").Json!["objects"]!.AsArray();
            var byLegacy = _api.Send("GET", Rented(), "?number_type=tollfree").Json!["objects"]!.AsArray();

            Assert.NotEmpty(byType);
            Assert.Equal(byType.Count, byLegacy.Count);
            Assert.All(byType, n => Assert.Equal("tollfree", n!["number_type"]!.GetValue<string>()));
        }

        [Fact]
        public void Listed_numbers_carry_sub_account_renewal_and_string_prices()
        {
            var objects = _api.Send("GET", Rented(), "?limit=20").Json!["objects"]!.AsArray();

            Assert.Equal(20, objects.Count);
            Assert.Contains(objects, n => n!["sub_account"] != null);
            Assert.All(objects, n => Assert.Matches(@"^\d{4}-\d\d-\d\d$", n!["renewal_date"]!.GetValue<string>()));
            Assert.All(objects, n => Assert.Matches(@"^\d+\.\d{5}$", n!["monthly_rental_rate"]!.GetValue<string>()));
        }

        [Fact]
        public void An_update_answers_202_changed_and_only_the_main_account_may_move_a_number()
        {
            var number = _api.Send("GET", Rented(), "?subaccount=" + PlivoApi.Sub1).Json!["objects"]![0]!["number"]!.GetValue<string>();

            var changed = _api.Send("POST", Rented(number + "/"), json: new JsonObject { ["alias"] = "Support", ["subaccount"] = PlivoApi.Sub2 }.ToJsonString());
            Assert.Equal(202, changed.Status);
            Assert.Equal("changed", changed["message"]);

            _api.As(PlivoApi.Sub2);
            var refused = _api.Send("POST", Rented(number + "/"), json: new JsonObject { ["subaccount"] = PlivoApi.Sub1 }.ToJsonString());
            Assert.Equal(403, refused.Status);
            _api.AsMain();
            Assert.Equal(400, _api.Send("POST", Rented(number + "/"), json: "{\"subaccount\":\"SANOTASUBACCOUNT00001\"}").Status);
        }

        [Fact]
        public void Unrenting_answers_204_empty_and_then_404_not_found()
        {
            var number = _api.Emulator.RentedNumbers().First().PhoneNumber.TrimStart('+');

            var gone = _api.Send("DELETE", Rented(number + "/"));

            Assert.Equal(204, gone.Status);
            Assert.Equal("", gone.Text);
            var again = _api.Send("DELETE", Rented(number + "/"));
            Assert.Equal(404, again.Status);
            Assert.Equal("not found", again.Error);
        }

        [Fact]
        public void A_subaccount_sees_and_changes_only_its_own_numbers()
        {
            var other = _api.Send("GET", Rented(), "?subaccount=" + PlivoApi.Sub2).Json!["objects"]![0]!["number"]!.GetValue<string>();

            _api.As(PlivoApi.Sub1);
            var mine = _api.Send("GET", Rented(), "?limit=20").Json!["objects"]!.AsArray();

            Assert.All(mine, n => Assert.Equal(PlivoApi.Sub1, n!["sub_account"]!.GetValue<string>()));
            Assert.Equal(404, _api.Send("GET", Rented(other + "/")).Status);
            Assert.Equal(404, _api.Send("DELETE", Rented(other + "/")).Status);
        }
    }
}

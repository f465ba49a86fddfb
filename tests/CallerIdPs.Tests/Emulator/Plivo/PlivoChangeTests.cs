using System;
using System.Linq;
using CallerIdPs.Sandbox.Plivo;

namespace CallerIdPs.Tests.Emulator.Plivo
{
    /// <summary>Update (alias, subaccount) and delete, with what subaccounts may and may not do.</summary>
    public sealed class PlivoChangeTests
    {
        [Fact]
        public void Update_changes_the_alias_and_modified_at_and_answers_202_with_the_get_one_shape()
        {
            var api = new PlivoApi();
            api.Verify("+14155550100", alias: "before");
            var created = api.Get("+14155550100")["created_at"];
            api.Emulator.Clock.Advance(TimeSpan.FromMinutes(3));

            var reply = api.Update("14155550100", "{\"alias\":\"after\"}");

            Assert.Equal(202, reply.Status);
            Assert.Equal("after", reply["alias"]);
            Assert.Equal("+14155550100", reply["phone_number"]);
            Assert.Equal(created, reply["created_at"]);
            Assert.NotEqual(created, reply["modified_at"]);
            Assert.True(Guid.TryParse(reply["api_id"], out _));
            var again = api.Get("+14155550100");
            Assert.Equal("after", again["alias"]);
            Assert.Equal(reply["modified_at"], again["modified_at"]);
            Assert.Contains(api.Emulator.CallerIds(), c => c.PhoneNumber == "+14155550100" && c.Alias == "after");
        }

        [Fact]
        public void Updating_an_unknown_number_is_404()
        {
            var api = new PlivoApi();

            var reply = api.Update("%2B14155550100", "{\"alias\":\"x\"}");

            Assert.Equal(404, reply.Status);
            Assert.Equal("Phone number not found", reply.Error);
        }

        [Fact]
        public void Update_rejects_a_body_that_is_not_json()
        {
            var api = new PlivoApi();
            var seeded = api.Emulator.CallerIds()[0].PhoneNumber;

            Assert.Equal(400, api.Update(seeded, "alias=x").Status);
            Assert.Equal(400, api.Update(seeded, "{\"alias\":5}").Status);
            Assert.Equal(api.Emulator.CallerIds()[0].Alias, api.Get(seeded)["alias"]);
        }

        [Fact]
        public void The_main_account_moves_a_caller_id_to_a_subaccount_and_back()
        {
            var api = new PlivoApi();
            var number = api.Emulator.CallerIds().First(c => c.Subaccount == "").PhoneNumber;

            Assert.Equal(PlivoApi.Sub1, api.Update(number, $"{{\"subaccount\":\"{PlivoApi.Sub1}\"}}")["subaccount"]);
            Assert.Contains(api.Emulator.CallerIds(), c => c.PhoneNumber == number && c.Subaccount == PlivoApi.Sub1);
            Assert.Equal(200, api.As(PlivoApi.Sub1).Get(number).Status);
            Assert.Equal(404, api.As(PlivoApi.Sub2).Get(number).Status);
            api.AsMain();
            Assert.Equal("", api.Update(number, "{\"subaccount\":\"\"}")["subaccount"]);
            Assert.Equal(404, api.As(PlivoApi.Sub1).Get(number).Status);
            api.AsMain();

            var unknown = api.Update(number, "{\"subaccount\":\"SANOSUCHSUBACCOUNT01\"}");
            Assert.Equal(400, unknown.Status);
            Assert.Contains("subaccount", unknown.Error);
        }

        [Fact]
        public void A_subaccount_sees_its_own_caller_ids_but_not_the_main_accounts()
        {
            var api = new PlivoApi();
            var mains = api.Emulator.CallerIds().First(c => c.Subaccount == "").PhoneNumber;
            var sub1s = api.Emulator.CallerIds().First(c => c.Subaccount == PlivoApi.Sub1).PhoneNumber;
            api.As(PlivoApi.Sub1);

            Assert.Equal(200, api.Get(sub1s).Status);
            Assert.Equal(404, api.Get(mains).Status);
            Assert.Equal(404, api.Update(mains, "{\"alias\":\"mine now\"}").Status);
            Assert.Equal(404, api.Delete(mains).Status);
            Assert.Contains(api.Emulator.CallerIds(), c => c.PhoneNumber == mains);
        }

        [Fact]
        public void A_subaccount_may_rename_its_caller_id_but_not_move_it_403()
        {
            var api = new PlivoApi();
            var sub1s = api.Emulator.CallerIds().First(c => c.Subaccount == PlivoApi.Sub1).PhoneNumber;
            api.As(PlivoApi.Sub1);

            Assert.Equal(202, api.Update(sub1s, "{\"alias\":\"renamed\"}").Status);
            foreach (var target in new[] { PlivoApi.Sub2, "" })
            {
                var moved = api.Update(sub1s, $"{{\"alias\":\"moved\",\"subaccount\":\"{target}\"}}");
                Assert.Equal(403, moved.Status);
                Assert.Contains("main account", moved.Error);
            }

            Assert.Contains(api.Emulator.CallerIds(), c => c.PhoneNumber == sub1s && c.Subaccount == PlivoApi.Sub1 && c.Alias == "renamed");
        }

        [Fact]
        public void Delete_is_204_with_no_body_then_the_number_is_gone()
        {
            var api = new PlivoApi();
            var number = api.Emulator.CallerIds()[5].PhoneNumber;

            var deleted = api.Delete(number.Substring(1));

            Assert.Equal(204, deleted.Status);
            Assert.Equal("", deleted.Text);
            Assert.Equal(404, api.Get(number).Status);
            Assert.Equal(404, api.Delete(number).Status);
            Assert.Equal(46, api.Emulator.CallerIds().Count);
            Assert.Equal(46, api.List().Json!["meta"]!["total_count"]!.GetValue<int>());
        }

        [Fact]
        public void A_deleted_number_can_be_verified_again()
        {
            var api = new PlivoApi();
            var number = api.Emulator.CallerIds()[0].PhoneNumber;
            Assert.Equal(409, api.Start(number).Status);

            Assert.Equal(204, api.Delete(number).Status);

            Assert.Equal(201, api.Verify(number, alias: "back").Status);
            Assert.Equal("back", api.Get(number)["alias"]);
        }
    }
}

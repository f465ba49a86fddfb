using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CallerIdPs.Sandbox.Plivo;

namespace CallerIdPs.Tests.Emulator.Plivo
{
    /// <summary>Start → OTP → complete, and every way it can go wrong, told apart by status and message.</summary>
    public sealed class PlivoVerificationTests
    {
        private const string Example = "+14155550100";

        [Fact]
        public void Start_answers_201_with_the_documented_message_and_a_uuid()
        {
            var api = new PlivoApi();

            var started = api.Start(Example, alias: "Design page");

            Assert.Equal(201, started.Status);
            Assert.Equal($"Verification code is sent to number {Example} which is valid for 15 minutes", started["message"]);
            Assert.True(Guid.TryParse(started["verification_uuid"], out _));
            Assert.True(Guid.TryParse(started["api_id"], out _));
            Assert.Equal(1, api.Emulator.VerificationsStarted);
            Assert.Equal(PlivoEmulatorOptions.SandboxOtp, api.Emulator.OtpFor(started["verification_uuid"]!));
        }

        [Fact]
        public void Completing_with_the_sandbox_otp_verifies_the_number_and_get_one_finds_it_every_way()
        {
            var api = new PlivoApi();
            var before = api.Emulator.CallerIds().Count;
            var started = api.Start(Example, alias: "Design page", channel: "call");

            var done = api.Complete(started["verification_uuid"]!, PlivoEmulatorOptions.SandboxOtp);

            Assert.Equal(201, done.Status);
            var body = Assert.IsType<JsonObject>(done.Json);
            Assert.Equal(new[] { "alias", "api_id", "channel", "country", "created_at", "phone_number", "subaccount", "verification_uuid" },
                body.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal("Design page", done["alias"]);
            Assert.Equal("call", done["channel"]);
            Assert.Equal("US", done["country"]);
            Assert.Equal(Example, done["phone_number"]);
            Assert.Equal("", done["subaccount"]);
            Assert.Equal(started["verification_uuid"], done["verification_uuid"]);
            Assert.Equal(before + 1, api.Emulator.CallerIds().Count);
            Assert.Contains(api.Emulator.CallerIds(), c => c.PhoneNumber == Example && c.Alias == "Design page" && c.Subaccount == "");

            foreach (var inPath in new[] { "+14155550100", "14155550100", "%2B14155550100" })
            {
                var one = api.Get(inPath);
                Assert.Equal(200, one.Status);
                var shape = Assert.IsType<JsonObject>(one.Json);
                Assert.Equal(new[] { "alias", "api_id", "country", "created_at", "modified_at", "phone_number", "subaccount", "verification_uuid" },
                    shape.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));
                Assert.Equal(Example, one["phone_number"]);
                Assert.Equal("Design page", one["alias"]);
                Assert.Equal(started["verification_uuid"], one["verification_uuid"]);
                Assert.Equal(done["created_at"], one["created_at"]);
                Assert.Equal(one["created_at"], one["modified_at"]);
            }
        }

        [Fact]
        public void The_channel_defaults_to_sms()
        {
            var api = new PlivoApi();

            Assert.Equal("sms", api.Verify("+442079460000")["channel"]);
            Assert.Equal("GB", api.Get("442079460000")["country"]);
        }

        [Fact]
        public void A_wrong_otp_is_400_Invalid_OTP_and_the_right_one_still_works()
        {
            var api = new PlivoApi();
            var uuid = api.Start(Example)["verification_uuid"]!;

            var wrong = api.Complete(uuid, "654321");

            Assert.Equal(400, wrong.Status);
            Assert.Equal("Invalid OTP", wrong.Error);
            Assert.Equal(404, api.Get(Example).Status);
            Assert.Equal(201, api.Complete(uuid, PlivoEmulatorOptions.SandboxOtp).Status);
        }

        [Theory]
        [InlineData("123")]
        [InlineData("123456789")]
        [InlineData("12a456")]
        [InlineData("")]
        public void An_otp_that_is_not_4_to_8_digits_is_400(string otp)
        {
            var api = new PlivoApi();
            var uuid = api.Start(Example)["verification_uuid"]!;

            var reply = api.Complete(uuid, otp);

            Assert.Equal(400, reply.Status);
            Assert.Contains("otp", reply.Error);
            Assert.Equal(404, api.Get(Example).Status);
        }

        [Fact]
        public void Four_and_eight_digit_otps_are_accepted_when_that_is_what_was_sent()
        {
            foreach (var code in new[] { "4321", "87654321" })
            {
                var api = new PlivoApi(new PlivoEmulatorOptions { FixedOtp = code });
                var uuid = api.Start(Example)["verification_uuid"]!;
                Assert.Equal(201, api.Complete(uuid, code).Status);
            }
        }

        [Fact]
        public void After_the_lifetime_the_code_has_expired_422()
        {
            var api = new PlivoApi();
            var early = api.Start(Example)["verification_uuid"]!;
            var late = api.Start("+14155550101")["verification_uuid"]!;

            api.Emulator.Clock.Advance(TimeSpan.FromMinutes(14));
            Assert.Equal(201, api.Complete(early, PlivoEmulatorOptions.SandboxOtp).Status);
            api.Emulator.Clock.Advance(TimeSpan.FromMinutes(2));
            var expired = api.Complete(late, PlivoEmulatorOptions.SandboxOtp);

            Assert.Equal(422, expired.Status);
            Assert.Equal("Verification code has expired", expired.Error);
            Assert.Equal(404, api.Get("+14155550101").Status);
        }

        [Fact]
        public void An_unknown_or_completed_verification_is_404()
        {
            var api = new PlivoApi();
            var unknown = api.Complete(Guid.NewGuid().ToString(), PlivoEmulatorOptions.SandboxOtp);
            Assert.Equal(404, unknown.Status);
            Assert.Equal("Verification not found", unknown.Error);

            var uuid = api.Start(Example)["verification_uuid"]!;
            Assert.Equal(201, api.Complete(uuid, PlivoEmulatorOptions.SandboxOtp).Status);
            var again = api.Complete(uuid, PlivoEmulatorOptions.SandboxOtp);
            Assert.Equal(404, again.Status);
            Assert.Equal("Verification not found", again.Error);
        }

        [Fact]
        public void The_three_failures_differ_by_status_and_message()
        {
            var api = new PlivoApi();
            var uuid = api.Start(Example)["verification_uuid"]!;
            var wrong = api.Complete(uuid, "000000");
            var unknown = api.Complete(Guid.NewGuid().ToString(), "000000");
            api.Emulator.Clock.Advance(TimeSpan.FromMinutes(16));
            var expired = api.Complete(uuid, PlivoEmulatorOptions.SandboxOtp);

            var all = new[] { wrong, unknown, expired };
            Assert.Equal(new[] { 400, 404, 422 }, all.Select(r => r.Status));
            Assert.Equal(3, all.Select(r => r.Error).Distinct().Count());
        }

        [Fact]
        public void A_random_otp_is_readable_through_OtpFor()
        {
            var api = new PlivoApi(new PlivoEmulatorOptions { FixedOtp = null });
            var uuid = api.Start(Example)["verification_uuid"]!;

            var otp = api.Emulator.OtpFor(uuid);

            Assert.Matches(new Regex("^[0-9]{6}$"), otp);
            Assert.Null(api.Emulator.OtpFor(Guid.NewGuid().ToString()));
            var wrong = otp == "000000" ? "111111" : "000000";
            Assert.Equal(400, api.Complete(uuid, wrong).Status);
            Assert.Equal(201, api.Complete(uuid, otp!).Status);
        }

        [Theory]
        [InlineData("{}", "phone_number")]
        [InlineData("{\"phone_number\":\"14155550100\"}", "phone_number")]
        [InlineData("{\"phone_number\":\"+1 415 555 0100\"}", "phone_number")]
        [InlineData("{\"phone_number\":14155550100}", "phone_number")]
        [InlineData("{\"phone_number\":\"+14155550100\",\"channel\":\"whatsapp\"}", "channel")]
        [InlineData("{\"phone_number\":\"+14155550100\",\"subaccount\":\"SANOSUCHSUBACCOUNT01\"}", "subaccount")]
        public void Bad_start_bodies_are_400_naming_the_field(string json, string field)
        {
            var api = new PlivoApi();

            var reply = api.Send("POST", api.PathFor(), json: json);

            Assert.Equal(400, reply.Status);
            Assert.Contains(field, reply.Error);
            Assert.Equal(0, api.Emulator.VerificationsStarted);
        }

        [Theory]
        [InlineData("phone_number=+14155550100")]
        [InlineData("[\"+14155550100\"]")]
        [InlineData("")]
        public void A_body_that_is_not_a_json_object_is_400(string body)
        {
            var api = new PlivoApi();

            var reply = api.Send("POST", api.PathFor(), json: body);

            Assert.Equal(400, reply.Status);
            Assert.False(string.IsNullOrEmpty(reply.Error));
        }

        [Fact]
        public void A_number_already_verified_on_the_account_is_409()
        {
            var api = new PlivoApi();
            var seeded = api.Emulator.CallerIds().First(c => c.Subaccount == PlivoApi.Sub1).PhoneNumber;

            var reply = api.Start(seeded);

            Assert.Equal(409, reply.Status);
            Assert.Equal("Phone number is already verified", reply.Error);
            Assert.Equal(0, api.Emulator.VerificationsStarted);
        }

        [Fact]
        public void Of_two_verifications_of_one_number_only_the_first_completed_counts()
        {
            var api = new PlivoApi();
            var first = api.Start(Example, alias: "first")["verification_uuid"]!;
            var second = api.Start(Example, alias: "second")["verification_uuid"]!;
            Assert.NotEqual(first, second);
            Assert.Equal(2, api.Emulator.VerificationsStarted);

            Assert.Equal(201, api.Complete(second, PlivoEmulatorOptions.SandboxOtp).Status);
            var late = api.Complete(first, PlivoEmulatorOptions.SandboxOtp);

            Assert.Equal(409, late.Status);
            Assert.Equal("Phone number is already verified", late.Error);
            Assert.Equal("second", api.Get(Example)["alias"]);
            Assert.Single(api.Emulator.CallerIds(), c => c.PhoneNumber == Example);
        }

        [Fact]
        public void The_start_message_follows_the_configured_lifetime()
        {
            var api = new PlivoApi(new PlivoEmulatorOptions { VerificationLifetime = TimeSpan.FromMinutes(10) });
            var uuid = api.Start(Example)["verification_uuid"]!;
            Assert.Equal(201, api.Start("+14155550101").Status);

            Assert.EndsWith("which is valid for 10 minutes", api.Start("+14155550102")["message"]);
            api.Emulator.Clock.Advance(TimeSpan.FromMinutes(11));
            Assert.Equal(422, api.Complete(uuid, PlivoEmulatorOptions.SandboxOtp).Status);
        }

        [Fact]
        public void A_subaccounts_verification_belongs_to_it()
        {
            var api = new PlivoApi().As(PlivoApi.Sub2);

            var done = api.Verify(Example, alias: "Sub two");

            Assert.Equal(PlivoApi.Sub2, done["subaccount"]);
            Assert.Contains(api.Emulator.CallerIds(), c => c.PhoneNumber == Example && c.Subaccount == PlivoApi.Sub2);
            Assert.Equal(200, api.Get(Example).Status);
        }

        [Fact]
        public void The_main_account_may_verify_for_a_subaccount()
        {
            var api = new PlivoApi();

            var done = api.Verify(Example, subaccount: PlivoApi.Sub1);

            Assert.Equal(PlivoApi.Sub1, done["subaccount"]);
            Assert.Equal(PlivoApi.Sub1, api.Get(Example)["subaccount"]);
        }

        [Fact]
        public void A_subaccount_may_not_set_another_subaccount_403()
        {
            var api = new PlivoApi().As(PlivoApi.Sub1);

            var reply = api.Start(Example, subaccount: PlivoApi.Sub2);

            Assert.Equal(403, reply.Status);
            Assert.Contains("main account", reply.Error);
            Assert.Equal(0, api.Emulator.VerificationsStarted);
        }

        [Fact]
        public void A_subaccount_cannot_complete_another_owners_verification()
        {
            var api = new PlivoApi();
            var uuid = api.Start(Example)["verification_uuid"]!;

            api.As(PlivoApi.Sub1);
            Assert.Equal(404, api.Complete(uuid, PlivoEmulatorOptions.SandboxOtp).Status);
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Model;
using CallerIdPs.Providers.Plivo;

namespace CallerIdPs.Tests.Parsing
{
    /// <summary>Plivo's own example bodies (plivo.md) and the variants it warns about, through the parser.</summary>
    public sealed class PlivoParserTests
    {
        private static readonly RecordOrigin Origin = new RecordOrigin(ProviderKind.Plivo, "Plivo");

        private static JsonDocument Example(string name) =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ProviderExamples", "plivo", name)));

        [Fact]
        public void The_documented_list_example_parses()
        {
            using var document = Example("list.json");

            var page = PlivoParser.Page(document, Origin);

            var item = Assert.Single(page.Items);
            Assert.Equal(4, page.Total);
            Assert.False(page.HasNext);
            Assert.Equal("+919653244280", item.PhoneNumber);
            Assert.Equal("+919653244280", item.Id);
            Assert.Equal("abhishek", item.Name);
            Assert.Equal("IN", item.Country);
            Assert.Null(item.Subaccount);
            Assert.Equal("01be6b07-b106-46e2-8dfc-096d8e22cc0e", item.VerificationId);
            Assert.Equal(new DateTimeOffset(2023, 9, 25, 14, 40, 38, TimeSpan.Zero).AddTicks(6872900), item.CreatedAt);
            Assert.Equal(ProviderKind.Plivo, item.Provider);
            Assert.Equal("abhishek", item.Raw["alias"]);
        }

        [Theory]
        [InlineData("2023-09-25T13:10:39.968133341Z", 2023, 9, 25, 13, 10, 39, 9681333)]
        [InlineData("2023-09-25 13:10:39", 2023, 9, 25, 13, 10, 39, 0)]
        [InlineData("2023-09-25T13:10:39Z", 2023, 9, 25, 13, 10, 39, 0)]
        public void Timestamps_with_up_to_nine_fractional_digits_or_a_space_parse(string text, int y, int mo, int d, int h, int mi, int s, long ticks)
        {
            using var document = JsonDocument.Parse($"{{\"phone_number\":\"+14155550100\",\"created_at\":\"{text}\",\"modified_at\":\"{text}\"}}");

            var item = PlivoParser.CallerId(document.RootElement, Origin);

            Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.Zero).AddTicks(ticks), item.CreatedAt);
        }

        [Fact]
        public void Empty_country_channel_and_subaccount_strings_become_null_and_a_number_without_plus_gets_one()
        {
            using var document = JsonDocument.Parse("{\"alias\":\"HQ\",\"api_id\":\"a1\",\"channel\":\"\",\"country\":\"\",\"created_at\":\"2023-09-25T14:40:38.68729Z\",\"phone_number\":\"14155550100\",\"verification_uuid\":\"v1\",\"subaccount\":\"\"}");

            var item = PlivoParser.CallerId(document.RootElement, Origin);

            Assert.Equal("+14155550100", item.PhoneNumber);
            Assert.Null(item.Country);
            Assert.Null(item.Channel);
            Assert.Null(item.Subaccount);
        }

        [Fact]
        public void The_completion_answer_with_channel_call_parses()
        {
            using var document = JsonDocument.Parse("{\"alias\":\"HQ\",\"api_id\":\"a1\",\"channel\":\"call\",\"country\":\"US\",\"created_at\":\"2023-09-25T14:40:38.68729Z\",\"phone_number\":\"+14155550100\",\"verification_uuid\":\"v1\",\"subaccount\":\"SAXXXXXXXXXXXXXXXXXX\"}");

            var item = PlivoParser.CallerId(document.RootElement, Origin);

            Assert.Equal(VerificationChannel.Call, item.Channel);
            Assert.Equal("SAXXXXXXXXXXXXXXXXXX", item.Subaccount);
        }

        [Fact]
        public void The_start_answer_gives_the_verification_and_its_expiry_from_the_message()
        {
            using var document = JsonDocument.Parse("{\"api_id\":\"a1\",\"message\":\"Verification code is sent to number +12025551234 which is valid for 15 minutes\",\"verification_uuid\":\"f1e2\"}");
            var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

            var verification = PlivoParser.Started(document, Origin, new VerificationRequest { PhoneNumber = "+12025551234", Alias = "HQ", Channel = VerificationChannel.Call }, now);

            Assert.Equal("f1e2", verification.Id);
            Assert.Equal("f1e2", verification.VerificationId);
            Assert.Equal(now.AddMinutes(15), verification.ExpiresAt);
            Assert.Equal(VerificationChannel.Call, verification.Channel);
            Assert.Equal("HQ", verification.Name);
        }

        [Fact]
        public void A_next_link_means_more_pages()
        {
            using var document = JsonDocument.Parse("{\"api_id\":\"a\",\"meta\":{\"limit\":20,\"next\":\"/v1/Account/MA1/VerifiedCallerId/?limit=20&offset=20\",\"offset\":0,\"previous\":null,\"total_count\":47},\"objects\":[]}");

            var page = PlivoParser.Page(document, Origin);

            Assert.True(page.HasNext);
            Assert.Equal(47, page.Total);
        }

        [Fact]
        public void Error_bodies_give_the_message_and_the_api_id()
        {
            var error = new PlivoErrorReader().Read(404, _ => null, System.Text.Encoding.UTF8.GetBytes("{\"api_id\":\"c0ffee\",\"error\":\"Phone number not found\"}"));

            Assert.Equal("Phone number not found", error.Message);
            Assert.Equal("c0ffee", error.RequestId);
        }
    }
}

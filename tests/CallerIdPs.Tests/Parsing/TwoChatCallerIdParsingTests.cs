using System;
using System.Linq;
using System.Text;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Parsing
{
    public class TwoChatCallerIdParsingTests
    {
        [Fact]
        public void CallerIdExampleMapsEveryField()
        {
            var page = TwoChatParser.CallerIdPage(ProviderExample.TwoChatBytes("caller-ids.json"), ProviderExample.Origin)!;

            Assert.Equal(1L, page.Total);
            var item = Assert.Single(page.Items);
            Assert.Equal("VCI1bf5e39d-5a9e-46fe-84dd-d1c4386f51b4", item.Id);
            Assert.Equal("ACC91be87af-5a29-4034-b599-342f2aeb5d52", item.AccountId);
            Assert.Equal("DID956dd470-92e4-451f-ab73-fc4f94f53276", item.ChannelId);
            Assert.Equal("+611300783904", item.PhoneNumber);
            Assert.Equal("+611300783904", item.Name);
            Assert.Equal("AU", item.Country);
            Assert.Equal(CallerIdType.VN, item.Type);
            Assert.True(item.Verified);
            Assert.Equal(new DateTimeOffset(2025, 8, 22, 2, 24, 40, TimeSpan.Zero), item.CreatedAt);
            Assert.Equal(new DateTimeOffset(2025, 9, 23, 23, 41, 11, TimeSpan.Zero), item.UpdatedAt);
            Assert.Equal(new DateTimeOffset(2026, 8, 21, 13, 33, 36, TimeSpan.Zero), item.ExpiresAt);
            Assert.Equal(ProviderKind.TwoChat, item.Provider);
            Assert.Equal("examples", item.ConnectionName);
            Assert.Equal("VN", item.Raw["type"]);
        }

        [Theory]
        [InlineData("WW", CallerIdType.WW)]
        [InlineData("WA", CallerIdType.WA)]
        [InlineData("CI", CallerIdType.CI)]
        public void EveryDocumentedTypeMaps(string wire, CallerIdType expected)
        {
            var item = Parse($@"{{""uuid"":""VCI1"",""phone_number"":""+611300783904"",""type"":""{wire}"",""verified"":false}}");

            Assert.Equal(expected, item.Type);
            Assert.False(item.Verified);
        }

        [Fact]
        public void NullChannelAndExpiryOfAnImportedCallerIdReadAsMissing()
        {
            var item = Parse(@"{""uuid"":""VCI1"",""channel_uuid"":null,""phone_number"":""+611300783904"",""type"":""CI"",""verified"":true,
                ""created_at"":""2025-08-22T02:24:40Z"",""updated_at"":""2025-09-23T23:41:11Z"",""expires_at"":null}");

            Assert.Null(item.ChannelId);
            Assert.Null(item.ExpiresAt);
            Assert.Equal(new DateTimeOffset(2025, 8, 22, 2, 24, 40, TimeSpan.Zero), item.CreatedAt);
        }

        [Theory]
        [InlineData("2025-08-22T02:24:40.123Z", 123)]
        [InlineData("2025-08-22T02:24:40.123456789Z", 123)]
        [InlineData("2025-08-22T02:24:40+00:00", 0)]
        [InlineData("2025-08-22T02:24:40.5+00:00", 500)]
        [InlineData("2025-08-22T04:24:40+02:00", 0)]
        public void TimestampsWithFractionsAndOffsetsAreTheSameInstant(string text, int milliseconds)
        {
            var item = Parse($@"{{""uuid"":""VCI1"",""phone_number"":""+611300783904"",""created_at"":""{text}""}}");

            var expected = new DateTimeOffset(2025, 8, 22, 2, 24, 40, TimeSpan.Zero).AddMilliseconds(milliseconds);
            Assert.NotNull(item.CreatedAt);
            Assert.Equal(expected.UtcTicks / TimeSpan.TicksPerMillisecond, item.CreatedAt!.Value.UtcTicks / TimeSpan.TicksPerMillisecond);
        }

        [Fact]
        public void AnUnknownTypeIsNullNotAGuess()
        {
            var item = Parse(@"{""uuid"":""VCI1"",""phone_number"":""+611300783904"",""type"":""XX""}");

            Assert.Null(item.Type);
        }

        [Fact]
        public void AnEmptyPageHasNoItems()
        {
            var page = TwoChatParser.CallerIdPage(Encoding.UTF8.GetBytes(@"{""success"":true,""count"":1257,""page"":7,""caller_ids"":[]}"), ProviderExample.Origin)!;

            Assert.Empty(page.Items);
            Assert.Equal(1257L, page.Total);
        }

        [Fact]
        public void A_page_that_says_success_false_is_left_for_the_client_to_report()
        {
            Assert.Null(TwoChatParser.CallerIdPage(Encoding.UTF8.GetBytes(@"{""success"":false,""error"":true,""error_message"":""No""}"), ProviderExample.Origin));
        }

        [Fact]
        public void Each_record_keeps_its_own_raw_json_and_fields_the_page_does_not_map_are_skipped()
        {
            var page = TwoChatParser.CallerIdPage(Encoding.UTF8.GetBytes(@"{""page"":{""n"":[1,2]},""success"":true,""caller_ids"":[
                {""uuid"":""VCI1"",""phone_number"":""+611300783904"",""extra"":{""a"":[1]}}, {""uuid"":""VCI2"",""phone_number"":""+611300783905""}],""count"":2}"), ProviderExample.Origin)!;

            Assert.Equal(2L, page.Total);
            Assert.Equal(new[] { "VCI1", "VCI2" }, page.Items.Select(i => i.Id));
            Assert.Equal(new[] { "uuid", "phone_number", "extra" }, page.Items[0].Raw.Keys);
            Assert.Equal(new[] { "uuid", "phone_number" }, page.Items[1].Raw.Keys);
            Assert.Equal("VCI2", page.Items[1].Raw["uuid"]);
        }

        [Fact]
        public void Scalars_read_as_every_wire_type_reads_them_a_number_as_text_and_a_repeated_field_last()
        {
            var item = Parse(@"{""uuid"":""VCI0"",""phone_number"":611300783904,""uuid"":""VCI1"",""verified"":null,""created_at"":null}");

            Assert.Equal("VCI1", item.Id);
            Assert.Equal("611300783904", item.PhoneNumber);
            Assert.False(item.Verified);
            Assert.Null(item.CreatedAt);
        }

        [Theory]
        [InlineData(@"{""success"":true,""caller_ids"":[]} {}")]
        [InlineData(@"{""success"":true,""caller_ids"":{}}")]
        [InlineData(@"{""success"":true,""caller_ids"":[null]}")]
        [InlineData(@"[]")]
        [InlineData(@"{""success"":true,""caller_ids"":[{""uuid"":""VCI1"",""verified"":""yes""}]}")]
        [InlineData(@"{""success"":true,""caller_ids"":[""VCI1""]}")]
        public void A_page_that_is_not_a_caller_id_page_is_unreadable(string body)
        {
            Assert.ThrowsAny<System.Text.Json.JsonException>(() => TwoChatParser.CallerIdPage(Encoding.UTF8.GetBytes(body), ProviderExample.Origin));
        }

        /// <summary>One caller ID through the page parser the client uses, as the only item of a page.</summary>
        internal static TwoChatCallerId Parse(string json) =>
            Assert.Single(TwoChatParser.CallerIdPage(Encoding.UTF8.GetBytes($@"{{""success"":true,""count"":1,""page"":0,""caller_ids"":[{json}]}}"), ProviderExample.Origin)!.Items);

        [Fact]
        public void Values_records_repeat_are_read_alike_whatever_their_spelling_and_kept_once()
        {
            var page = TwoChatParser.CallerIdPage(Encoding.UTF8.GetBytes(@"{""success"":true,""caller_ids"":[
                {""uuid"":""VCI1"",""account_uuid"":""ACC1"",""phone_number"":""\u002B34964572288"",""friendly_name"":""+34964572288"",""iso_country_code"":""es"",""type"":""wa""},
                {""uuid"":""VCI2"",""account_uuid"":""ACC1"",""phone_number"":""+34964572289"",""friendly_name"":""Front desk"",""iso_country_code"":""es"",""type"":""WA""},
                {""uuid"":""VCI3"",""account_uuid"":""ACC2"",""friendly_name"":42,""phone_number"":""42"",""iso_country_code"":""FR"",""type"":""XX""},
                {""uuid"":""VCI4"",""account_uuid"":null,""phone_number"":""+33100000000"",""friendly_name"":null,""iso_country_code"":""FR"",""type"":""wa""}]}"), ProviderExample.Origin)!;

            var items = page.Items.ToList();
            Assert.Equal(new[] { "+34964572288", "Front desk", "42", null }, items.Select(i => i.Name));
            Assert.Same(items[0].PhoneNumber, items[0].Name);
            Assert.Equal(new[] { "ACC1", "ACC1", "ACC2", null }, items.Select(i => i.AccountId));
            Assert.Same(items[0].AccountId, items[1].AccountId);
            Assert.Equal(new[] { "ES", "ES", "FR", "FR" }, items.Select(i => i.Country));
            Assert.Same(items[0].Country, items[1].Country);
            Assert.Equal(new CallerIdType?[] { CallerIdType.WA, CallerIdType.WA, null, CallerIdType.WA }, items.Select(i => i.Type));
        }

        [Fact]
        public void Fields_read_alike_in_any_order_and_with_escaped_names()
        {
            const string InOrder = @"{""uuid"":""VCI1"",""account_uuid"":""ACC1"",""channel_uuid"":""DID1"",""phone_number"":""+611300783904"",""friendly_name"":""Desk"",""iso_country_code"":""AU"",""type"":""VN"",""verified"":true,""created_at"":""2025-08-22T02:24:40Z"",""updated_at"":""2025-09-23T23:41:11Z"",""expires_at"":""2026-08-21T13:33:36Z""}";
            const string Shuffled = @"{""expires_at"":""2026-08-21T13:33:36Z"",""verified"":true,""extra"":[1],""\u0075uid"":""VCI1"",""type"":""VN"",""created_at"":""2025-08-22T02:24:40Z"",""phone\u005fnumber"":""+611300783904"",""iso_country_code"":""AU"",""channel_uuid"":""DID1"",""updated_at"":""2025-09-23T23:41:11Z"",""friendly_name"":""Desk"",""account_uuid"":""ACC1""}";

            var expected = Parse(InOrder);
            var item = Parse(Shuffled);

            Assert.Equal(
                (expected.Id, expected.AccountId, expected.ChannelId, expected.PhoneNumber, expected.Name, expected.Country, expected.Type, expected.Verified, expected.CreatedAt, expected.UpdatedAt, expected.ExpiresAt),
                (item.Id, item.AccountId, item.ChannelId, item.PhoneNumber, item.Name, item.Country, item.Type, item.Verified, item.CreatedAt, item.UpdatedAt, item.ExpiresAt));
            Assert.Equal("VCI1", item.Id);
            Assert.Equal(new DateTimeOffset(2026, 8, 21, 13, 33, 36, TimeSpan.Zero), item.ExpiresAt);
        }

        [Theory]
        [InlineData("2024-02-29T23:59:59Z")]
        [InlineData("0001-01-01T00:00:00Z")]
        [InlineData("9999-12-31T23:59:59Z")]
        [InlineData("2023-02-29T00:00:00Z")]
        [InlineData("2025-13-01T00:00:00Z")]
        [InlineData("2025-00-01T00:00:00Z")]
        [InlineData("2025-08-00T00:00:00Z")]
        [InlineData("2025-08-22T24:00:00Z")]
        [InlineData("2025-08-22T02:60:00Z")]
        [InlineData("2025-08-22T02:24:60Z")]
        [InlineData("0000-01-01T00:00:00Z")]
        [InlineData("2025-08-22t02:24:40z")]
        [InlineData("2025-08-22 02:24:40Z")]
        [InlineData("2025-08-22T02:24:40+00:00")]
        [InlineData("2025-08-22T02:24:4OZ")]
        [InlineData("+025-08-22T02:24:40Z")]
        public void The_whole_second_utc_shortcut_reads_exactly_what_the_general_reader_reads_or_leaves_it(string text)
        {
            var read = Json.UtcSecondsTimestamp.TryRead(Encoding.UTF8.GetBytes(text), out var value);

            var general = DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var expected);
            Assert.Equal(general, read);
            if (read)
            {
                Assert.Equal(expected, value);
                Assert.Equal(TimeSpan.Zero, value.Offset);
            }
        }

        [Fact]
        public void A_timestamp_the_shortcut_leaves_is_still_read_by_the_general_reader()
        {
            Assert.Equal(new DateTimeOffset(2025, 8, 22, 2, 24, 40, TimeSpan.Zero), Parse(@"{""uuid"":""VCI1"",""created_at"":""2025-08-22 02:24:40""}").CreatedAt);
            Assert.Equal(new DateTimeOffset(2025, 8, 22, 2, 24, 40, TimeSpan.Zero), Parse(@"{""uuid"":""VCI1"",""created_at"":""2025-08-22T02:24:40\u005A""}").CreatedAt);
        }
    }
}

using System;
using System.Text.Json;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Parsing
{
    public class TwoChatInfoParsingTests
    {
        [Fact]
        public void InfoExampleMapsAccountLimitsAndUsage()
        {
            using var document = ProviderExample.TwoChat("info.json");

            var account = TwoChatParser.Info(document);

            Assert.Equal("Account Name (ACC…)", account.Name);
            Assert.Equal("ACC91be87af-…", account.Id);
            Assert.False(account.OnTrial);
            Assert.False(account.Blocked);
            Assert.Equal(new DateTimeOffset(2024, 8, 31, 19, 11, 8, TimeSpan.Zero), account.ExpiresAt);
            Assert.Equal(80, account.RequestsPerMinute);
            Assert.Equal(77112L, account.ApiRequestCount);
            Assert.Equal(500000L, account.MaxApiRequestCount);
        }

        [Fact]
        public void InfoIsReadAsLenientlyAsEveryWireType()
        {
            using var document = JsonDocument.Parse(
                "{\"account\":{\"name\":42,\"uuid\":\"ACC1\",\"on_trial\":true,\"blocked\":null,\"expires_at\":\"2024-08-31 19:11:08\"}," +
                "\"limits\":{\"requests_per_minute\":\"60\"},\"usage\":null}");

            var account = TwoChatParser.Info(document);

            Assert.Equal("42", account.Name);
            Assert.True(account.OnTrial);
            Assert.False(account.Blocked);
            Assert.Equal(new DateTimeOffset(2024, 8, 31, 19, 11, 8, TimeSpan.Zero), account.ExpiresAt);
            Assert.Equal(60, account.RequestsPerMinute);
            Assert.Null(account.ApiRequestCount);
        }

        [Theory]
        [InlineData("[]")]
        [InlineData("{\"account\":\"ACC1\"}")]
        [InlineData("{\"account\":{\"on_trial\":\"yes\"}}")]
        [InlineData("{\"limits\":{\"requests_per_minute\":\"sixty\"}}")]
        [InlineData("{\"account\":{\"expires_at\":\"soon\"}}")]
        public void AnInfoBodyOfTheWrongShapeIsUnreadable(string body)
        {
            using var document = JsonDocument.Parse(body);

            Assert.Throws<JsonException>(() => TwoChatParser.Info(document));
        }
    }
}

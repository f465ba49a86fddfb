using System;
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
    }
}

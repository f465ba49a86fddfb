using System;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Parsing
{
    public class TwoChatVirtualNumberParsingTests
    {
        [Fact]
        public void VirtualNumberFieldsMap()
        {
            using var document = ProviderExample.TwoChat("virtual-numbers.from-fields.json");

            var page = TwoChatParser.VirtualNumberPage(document, ProviderExample.Origin);

            Assert.Equal(1L, page.Total);
            var number = Assert.Single(page.Items);
            Assert.Equal("DID956dd470-92e4-451f-ab73-fc4f94f53276", number.Id);
            Assert.Equal("ACC91be87af-5a29-4034-b599-342f2aeb5d52", number.AccountId);
            Assert.Equal("+18132522492", number.PhoneNumber);
            Assert.Equal("+1 813-252-2492", number.FormattedNumber);
            Assert.Equal("US", number.Country);
            Assert.Equal("Florida", number.Region);
            Assert.Null(number.Emoji);
            Assert.Equal("Tampa office", number.Name);
            Assert.True(number.RecordInbound);
            Assert.False(number.IsTollFree);
            Assert.Equal(NumberType.SharedCost, number.Type);
            Assert.True(number.PricedPerMinute);
            Assert.Equal(0.015m, number.IncomingPricePerMinute);
            Assert.Null(number.IvrId);
            Assert.Equal("America/New_York", number.TimeZone);
            Assert.Equal(4, number.StatusCode);
            Assert.Equal(VirtualNumberStatus.PendingCancellation, number.Status);
            Assert.False(number.Active);
            Assert.Equal(new DateTimeOffset(2025, 8, 22, 2, 24, 40, TimeSpan.Zero), number.CreatedAt);
            Assert.Equal(new DateTimeOffset(2025, 9, 23, 23, 41, 11, TimeSpan.Zero), number.UpdatedAt);
            Assert.Equal(new DateTimeOffset(2026, 8, 21, 13, 33, 36, TimeSpan.Zero), number.ExpiresAt);
        }

        [Theory]
        [InlineData("ACTIVE", VirtualNumberStatus.Active, true)]
        [InlineData("AWAITING_REGISTRATION", VirtualNumberStatus.AwaitingRegistration, false)]
        [InlineData("PENDING_ACTIVATION", VirtualNumberStatus.PendingActivation, false)]
        [InlineData("PENDING_CANCELLATION", VirtualNumberStatus.PendingCancellation, false)]
        [InlineData("RELEASED", VirtualNumberStatus.Released, false)]
        [InlineData("SOMETHING_NEW", VirtualNumberStatus.Unknown, false)]
        public void EveryDocumentedStatusTextMaps(string text, VirtualNumberStatus expected, bool active)
        {
            using var document = System.Text.Json.JsonDocument.Parse($@"{{""uuid"":""DID1"",""phone_number"":""+18132522492"",""status_text"":""{text}""}}");

            var number = TwoChatParser.VirtualNumber(document.RootElement, ProviderExample.Origin);

            Assert.Equal(expected, number.Status);
            Assert.Equal(active, number.Active);
        }

        [Theory]
        [InlineData("mobile", NumberType.Mobile)]
        [InlineData("local", NumberType.Local)]
        [InlineData("shared-cost", NumberType.SharedCost)]
        [InlineData("national", NumberType.National)]
        public void EveryDocumentedProviderTypeMaps(string text, NumberType expected)
        {
            using var document = System.Text.Json.JsonDocument.Parse($@"{{""uuid"":""DID1"",""phone_number"":""+18132522492"",""provider_type"":""{text}""}}");

            Assert.Equal(expected, TwoChatParser.VirtualNumber(document.RootElement, ProviderExample.Origin).Type);
        }
    }
}

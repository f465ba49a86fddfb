using System;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Parsing
{
    public class TwoChatPurchaseParsingTests
    {
        [Fact]
        public void TheDocsShapeIsASuccessWithoutTheNewNumber()
        {
            using var document = ProviderExample.TwoChat("purchase-docs.from-fields.json");

            var answer = TwoChatParser.Purchase(document, ProviderExample.Origin, "+12135551234");

            Assert.True(answer.Bought);
            Assert.Null(answer.Owned);
            Assert.Null(answer.Message);
        }

        [Fact]
        public void TheDocsShapeKeepsAMessageWhenThereIsOne()
        {
            using var document = System.Text.Json.JsonDocument.Parse(@"{""success"":true,""message"":""Number +12135551234 purchased successfully""}");

            var answer = TwoChatParser.Purchase(document, ProviderExample.Origin, "+12135551234");

            Assert.True(answer.Bought);
            Assert.Equal("Number +12135551234 purchased successfully", answer.Message);
        }

        [Fact]
        public void TheVendorShapeGivesThePurchasedVirtualNumber()
        {
            using var document = ProviderExample.TwoChat("purchase-vendor.from-fields.json");

            var answer = TwoChatParser.Purchase(document, ProviderExample.Origin, "+12135551234");

            Assert.True(answer.Bought);
            Assert.NotNull(answer.Owned);
            Assert.Equal("DID956dd470-92e4-451f-ab73-fc4f94f53276", answer.Owned!.Id);
            Assert.Equal("+12135551234", answer.Owned.PhoneNumber);
            Assert.Equal(VirtualNumberStatus.Active, answer.Owned.Status);
            Assert.Equal(new DateTimeOffset(2026, 8, 22, 2, 24, 40, TimeSpan.Zero), answer.Owned.ExpiresAt);
        }

        [Fact]
        public void TheVendorShapeGivesTheFailureMessageOfAFailedNumber()
        {
            using var document = ProviderExample.TwoChat("purchase-vendor.from-fields.json");

            var answer = TwoChatParser.Purchase(document, ProviderExample.Origin, "+12135559876");

            Assert.False(answer.Bought);
            Assert.Null(answer.Owned);
            Assert.Equal("The number +12135559876 is not available", answer.Message);
        }

        [Fact]
        public void TheVendorShapeThatDoesNotMentionTheNumberIsNeitherSuccessNorFailure()
        {
            using var document = ProviderExample.TwoChat("purchase-vendor.from-fields.json");

            var answer = TwoChatParser.Purchase(document, ProviderExample.Origin, "+442071234567");

            Assert.Null(answer.Bought);
        }

        [Fact]
        public void TheVendorShapeMayListPlainNumbers()
        {
            using var document = System.Text.Json.JsonDocument.Parse(@"{""success"":true,""purchased"":[""+12135551234""],""failed"":[]}");

            var answer = TwoChatParser.Purchase(document, ProviderExample.Origin, "+12135551234");

            Assert.True(answer.Bought);
            Assert.Null(answer.Owned);
        }
    }
}

using System.Text.Json;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Parsing
{
    /// <summary>
    /// 2Chat names its types and states with words, but its did_type is a numeric id in some places (the spec's
    /// gotcha). A digit string must never be taken for an enum member by its .NET ordinal.
    /// </summary>
    public class TwoChatNumericNameParsingTests
    {
        [Theory]
        [InlineData("0")]
        [InlineData("2")]
        [InlineData("3")]
        public void ANumericCallerIdTypeIsUnknown(string wire)
        {
            var item = TwoChatCallerIdParsingTests.Parse($@"{{""uuid"":""VCI1"",""phone_number"":""+611300783904"",""type"":""{wire}""}}");

            Assert.Null(item.Type);
        }

        [Theory]
        [InlineData("0")]
        [InlineData("1")]
        public void ANumericStatusTextIsUnknown(string wire)
        {
            using var document = JsonDocument.Parse($@"{{""uuid"":""DID1"",""phone_number"":""+18132522492"",""status_text"":""{wire}""}}");

            var number = TwoChatParser.VirtualNumber(document.RootElement, ProviderExample.Origin);

            Assert.Equal(VirtualNumberStatus.Unknown, number.Status);
            Assert.False(number.Active);
        }

        [Fact]
        public void ARequirementWhoseDidTypeIsAnIdKeepsTheTypeAskedFor()
        {
            // In 2Chat's did-types list id 2 is "local"; .NET's ordinal 2 is National. Neither guess is safe.
            using var document = JsonDocument.Parse(@"{""success"":true,""data"":{""requirements"":[{""description"":""Proof of address required"",""did_type"":""2""}]}}");

            var requirement = Assert.Single(TwoChatParser.Requirements(document, ProviderExample.Origin, "DE", NumberType.Mobile));

            Assert.Equal(NumberType.Mobile, requirement.Type);
        }

        [Fact]
        public void NumericTypesAndFeaturesAreNotNames()
        {
            Assert.Null(NumberTypes.Parse("2"));
            Assert.Null(NumberTypes.Parse("-1"));
            Assert.Null(NumberFeatures.Parse("1"));
            Assert.Equal(NumberType.SharedCost, NumberTypes.Parse("shared-cost"));
            Assert.Equal(NumberFeature.SmsIn, NumberFeatures.Parse("sms_in"));
        }
    }
}

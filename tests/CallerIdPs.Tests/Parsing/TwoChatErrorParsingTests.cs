using System.Text;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Parsing
{
    public class TwoChatErrorParsingTests
    {
        [Theory]
        [InlineData("error.json", "…")]
        [InlineData("error-delete.from-fields.json", "Virtual number not found")]
        [InlineData("error-message.from-fields.json", "Payment required: your trial is over")]
        public void EveryDocumentedErrorShapeGivesItsMessage(string file, string expected)
        {
            var body = Encoding.UTF8.GetBytes(ProviderExample.Text("twochat", file));

            var error = new TwoChatErrorReader().Read(404, _ => null, body);

            Assert.Equal(expected, error.Message);
            Assert.Null(error.RequestId);
        }

        [Fact]
        public void ErrorMessageWinsOverMessage()
        {
            var body = Encoding.UTF8.GetBytes(@"{""success"":false,""error"":true,""message"":""second"",""error_message"":""first""}");

            Assert.Equal("first", new TwoChatErrorReader().Read(422, _ => null, body).Message);
        }

        [Fact]
        public void AnEmptyErrorBodyHasNoMessage()
        {
            Assert.Null(new TwoChatErrorReader().Read(503, _ => null, new byte[0]).Message);
        }

        [Fact]
        public void TheCancelAnswerIsASuccessWithAMessage()
        {
            using var document = ProviderExample.TwoChat("reservation-cancel.from-fields.json");

            Assert.True(document.RootElement.GetProperty("success").GetBoolean());
            Assert.Equal("Reservation 5d0c3c8e-7f7a-4a57-9a1e-2b1f8c0d9e11 cancelled successfully", TwoChatParser.MessageOf(document.RootElement));
        }

        [Fact]
        public void TheReleaseAnswerIsABareSuccess()
        {
            using var document = ProviderExample.TwoChat("release-virtual-number.json");

            Assert.True(document.RootElement.GetProperty("success").GetBoolean());
            Assert.Null(TwoChatParser.MessageOf(document.RootElement));
        }
    }
}

using System.Text;
using System.Text.Json;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Tests.Emulator
{
    /// <summary>How every emulator writes a JSON body: characters as the providers send them.</summary>
    public class EmulatorResponseTests
    {
        [Fact]
        public void Plus_signs_and_non_ascii_text_are_written_as_is_and_what_json_requires_is_escaped()
        {
            var body = EmulatorResponse.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteString("phone_number", "+34964572288");
                w.WriteString("name", "Café <Front> & \"desk\"\\\n");
                w.WriteEndObject();
            }).BodyText;

            Assert.Equal("{\"phone_number\":\"+34964572288\",\"name\":\"Café <Front> & \\\"desk\\\"\\\\\\n\"}", body);
            Assert.Equal("Café <Front> & \"desk\"\\\n", JsonDocument.Parse(body).RootElement.GetProperty("name").GetString());
        }
    }
}

using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using CallerIdPs.Sandbox.Framework;

namespace CallerIdPs.Tests.Emulator
{
    /// <summary>How every emulator writes a JSON body: characters as the providers send them, whole at any size, and
    /// never sharing the pooled buffer it was written in.</summary>
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

        [Theory]
        [InlineData(0)]
        [InlineData(10)]
        [InlineData(5_000)]   // past the page-sized start: the buffer grows and keeps what was written
        public void A_body_of_any_length_is_written_whole(int records)
        {
            var response = EmulatorResponse.Json(200, w =>
            {
                w.WriteStartArray();
                for (var i = 0; i < records; i++) w.WriteStringValue("record " + i + new string('x', 40));
                w.WriteEndArray();
            });

            var parsed = JsonDocument.Parse(response.Body).RootElement;
            Assert.Equal(records, parsed.GetArrayLength());
            Assert.Equal(Enumerable.Range(0, records).Select(i => "record " + i + new string('x', 40)), parsed.EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(response.Body.Length, Encoding.UTF8.GetByteCount(response.BodyText));
        }

        [Fact]
        public void A_body_keeps_its_bytes_when_the_next_one_is_written_in_the_same_pooled_array()
        {
            var first = EmulatorResponse.Json(200, w => w.WriteStringValue(new string('a', 1000)));
            var copy = first.Body.ToArray();
            EmulatorResponse.Json(200, w => w.WriteStringValue(new string('b', 1000)));

            Assert.Equal(copy, first.Body);
        }

        [Fact]
        public void The_buffer_grows_on_demand_and_refuses_to_advance_past_what_it_handed_out()
        {
            using var buffer = new GrowingByteBuffer(256);
            buffer.GetSpan(3)[..3].Fill((byte)'x');
            buffer.Advance(3);
            var large = buffer.GetSpan(10_000);
            Assert.True(large.Length >= 10_000);
            large[0] = (byte)'y';
            buffer.Advance(1);

            Assert.Equal("xxxy", Encoding.ASCII.GetString(buffer.ToArray()));
            Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(1_000_000));
            Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(-1));
        }
    }
}

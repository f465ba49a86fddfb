using CallerIdPs.Errors;
using CallerIdPs.Validation;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>E.164 checks made before any request: a number must start with a country calling code ITU assigns.</summary>
    public sealed class PhoneNumberValidationTests
    {
        [Theory]
        [InlineData("+999123456")]
        [InlineData("+2812345678")]
        [InlineData("+8061234567")]
        [InlineData("+3841234567")]
        [InlineData("+6841234567")]
        [InlineData("+969 123 4567")]
        public void A_number_with_no_assigned_calling_code_is_refused(string number)
        {
            Assert.False(PhoneNumberText.TryNormalize(number, out _, out var problem));
            Assert.Contains("No country calling code", problem);
        }

        [Theory]
        [InlineData("+1 555 010 0100", "+15550100100")]
        [InlineData("+14155550200", "+14155550200")]
        [InlineData("+447700900123", "+447700900123")]
        [InlineData("+37060012345", "+37060012345")]
        [InlineData("+71234567890", "+71234567890")]
        [InlineData("+2125123456", "+2125123456")]
        [InlineData("+80012345678", "+80012345678")]
        [InlineData("+88212345678", "+88212345678")]
        [InlineData("+9989 1234 5678", "+998912345678")]
        public void A_number_with_an_assigned_calling_code_passes(string number, string e164)
        {
            Assert.True(PhoneNumberText.TryNormalize(number, out var normalized, out var problem), problem);
            Assert.Equal(e164, normalized);
        }

        [Fact]
        public void The_refusal_names_the_parameter_and_the_whole_value()
        {
            var error = Assert.Throws<CallerIdException>(() => Guard.PhoneNumber("abc", "Id"));

            Assert.Equal(CallerIdErrorKind.InvalidInput, error.Kind);
            Assert.Equal("abc", error.OffendingValue);
            Assert.StartsWith("Id: 'abc' is not a phone number.", error.Message);
        }
    }
}

using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Providers;
using Xunit;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>Each provider's caller-ID editor checks, before any request, that it can identify the caller ID asked for.</summary>
    public class CallerIdEditorValidationTests
    {
        [Fact]
        public async Task Plivo_refuses_a_change_named_only_by_id_and_keeps_the_number_otherwise()
        {
            await using var plivo = await PlivoLoopback.StartAsync();
            ICallerIdEditor editor = plivo.Client;

            var error = Assert.Throws<CallerIdException>(() => editor.Validate(new CallerIdChange { Id = "42", Alias = "Sales" }));
            Assert.Equal(CallerIdErrorKind.InvalidInput, error.Kind);
            Assert.Equal("Plivo caller IDs are found by number: give -PhoneNumber (-Id is Apple Business's).", error.Message);
            Assert.Equal("42", error.OffendingValue);

            Assert.Equal("+14155550100", editor.Validate(new CallerIdChange { PhoneNumber = "+14155550100", Alias = "Sales" }).PhoneNumber);
        }

        [Fact]
        public async Task Apple_guards_the_id_and_the_US_number_of_a_deletion_only()
        {
            await using var apple = await AppleLoopback.StartAsync();
            ICallerIdEditor editor = apple.Client;

            var badId = Assert.Throws<CallerIdException>(() => editor.Validate(new CallerIdChange { Id = "abc", IsDeletion = true }));
            Assert.Equal(CallerIdErrorKind.InvalidInput, badId.Kind);
            Assert.Equal("Id: 'abc' is not an Apple Business id (1 to 30 digits).", badId.Message);
            Assert.Equal("abc", badId.OffendingValue);
            Assert.Throws<CallerIdException>(() => editor.Validate(new CallerIdChange { PhoneNumber = "+442071838750", IsDeletion = true }));

            var deletion = editor.Validate(new CallerIdChange { Id = " 123 ", PhoneNumber = "+14155550100", IsDeletion = true });
            Assert.Equal(("123", "+14155550100"), (deletion.Id, deletion.PhoneNumber));
            Assert.Equal("abc", editor.Validate(new CallerIdChange { Id = "abc", Department = "department.general" }).Id);
        }
    }
}

using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Model;
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

        [Fact]
        public async Task Apple_reads_a_caller_ID_named_by_id_before_the_confirmation_and_Plivo_needs_no_read()
        {
            await using var apple = await AppleLoopback.StartAsync();
            ICallerIdEditor editor = apple.Client;
            var first = (await ClientAssert.ToListAsync(apple.Client.ListCallerIdsAsync(new CallerIdQuery(), null, CancellationToken.None)))[0];

            var read = await editor.IdentifyAsync(editor.Validate(new CallerIdChange { Id = first.Id, IsDeletion = true }), CancellationToken.None);

            Assert.Equal((first.PhoneNumber, first.Id, $"{first.PhoneNumber} (id {first.Id})"), (read.PhoneNumber, read.Id, read.Subject));
            Assert.Equal(first.Etag, Assert.IsType<AppleCallerId>(read.Record).Etag);
            var missing = await Assert.ThrowsAsync<CallerIdException>(() => editor.IdentifyAsync(new CallerIdChange { Id = "123", IsDeletion = true }, CancellationToken.None));
            Assert.Equal(CallerIdErrorKind.NotFound, missing.Kind);

            await using var plivo = await PlivoLoopback.StartAsync();
            var change = new CallerIdChange { PhoneNumber = "+14155550100", Alias = "Sales" };
            Assert.Same(change, await ((ICallerIdEditor)plivo.Client).IdentifyAsync(change, CancellationToken.None));
        }
    }
}

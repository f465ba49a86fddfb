using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CallerIdPs.Model;
using CallerIdPs.Providers.AppleBusiness;

namespace CallerIdPs.Tests.Parsing
{
    /// <summary>Apple Business's example bodies (apple-business.md, copied verbatim) and its error shapes, through the parser.</summary>
    public sealed class AppleParserTests
    {
        private static readonly RecordOrigin Origin = new RecordOrigin(ProviderKind.AppleBusiness, "AppleBusiness");

        private static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ProviderExamples", "apple", name));

        private static JsonDocument Example(string name) => JsonDocument.Parse(Text(name));

        [Fact]
        public void The_documented_caller_id_parses_with_its_id_kept_as_the_exact_digit_string()
        {
            using var document = Example("caller-id.json");

            var item = AppleParser.CallerId(document.RootElement, Origin);

            Assert.Equal("9467895078742654966", item.Id);
            Assert.NotEqual(item.Id, ((double)9467895078742654966).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("+18005555555", item.PhoneNumber);
            Assert.Equal("US", item.Country);
            Assert.Equal(AppleCallerIdState.Submitted, item.State);
            Assert.Equal("department.general.support.customer_service", item.Department);
            Assert.Equal("7c752ec0-5d45-11ee-a464-325096b39f47", item.Etag);
            Assert.Equal("9467895078742654934", item.OrganizationId);
            Assert.Equal("9467895078742654921", item.BrandId);
            Assert.Equal(new DateTimeOffset(2026, 10, 2, 11, 41, 0, TimeSpan.Zero), item.CreatedAt);
            Assert.Empty(item.ValidationReports);
            Assert.Equal(ProviderKind.AppleBusiness, item.Provider);
            Assert.Equal("SUBMITTED", item.Raw["state"]);
        }

        [Fact]
        public void The_documented_list_parses_with_its_cursor_and_total()
        {
            using var document = Example("list.json");

            var page = AppleParser.Page(document, Origin);

            Assert.Equal(new[] { "9467895078742654966", "9467895078742654419" }, page.Items.Select(i => i.Id));
            Assert.All(page.Items, i => Assert.Equal(AppleCallerIdState.Published, i.State));
            Assert.Equal(new DateTimeOffset(2026, 10, 11, 18, 34, 0, TimeSpan.Zero), page.Items[0].UpdatedAt);
            Assert.Equal("8U54a61d9b495324", page.NextCursor);
            Assert.Equal(4, page.Total);
        }

        [Fact]
        public void The_documented_empty_list_has_no_next_page()
        {
            using var document = Example("empty.json");

            var page = AppleParser.Page(document, Origin);

            Assert.Empty(page.Items);
            Assert.Null(page.NextCursor);
            Assert.Equal(0, page.Total);
        }

        [Fact]
        public void A_next_link_without_cursors_still_names_the_cursor()
        {
            using var document = JsonDocument.Parse("{\"data\":[],\"pagination\":{\"next\":\"/api/v1/orgs/1/brands/2/caller-ids?limit=2&after=abc%2B1\"}}");

            Assert.Equal("abc+1", AppleParser.Page(document, Origin).NextCursor);
        }

        [Fact]
        public void The_documented_token_answer_parses_and_never_prints_the_token()
        {
            using var document = Example("token.json");

            var token = AppleParser.Token(document);

            Assert.Equal("<JWT>", token.Value);
            Assert.Equal(TimeSpan.FromHours(1), token.Lifetime);
            Assert.DoesNotContain("<JWT>", token.ToString());
        }

        [Fact]
        public void An_error_array_and_an_error_object_both_parse_with_the_request_id_header()
        {
            var reader = new AppleErrorReader();
            string? Header(string name) => name == "apple-request-id" ? "req-123" : null;

            var array = reader.Read(401, Header, Encoding.UTF8.GetBytes(Text("expired-token.json")));
            var single = reader.Read(412, Header, Encoding.UTF8.GetBytes("{\"code\":\"PreconditionFailed\",\"message\":\"If-Match does not match\",\"context\":{},\"details\":{}}"));

            Assert.Equal("Expired Token", array.Message);
            Assert.Equal("If-Match does not match", single.Message);
            Assert.All(new[] { array, single }, e => Assert.Equal("req-123", e.RequestId));
        }

        [Fact]
        public void Validation_reports_keep_code_severity_and_field()
        {
            var body = "[{\"code\":\"VALIDATION__DepartmentMustBeValid\",\"severity\":\"VIOLATION\",\"message\":\"bad department\",\"context\":{},\"details\":{\"submitted\":[{\"field\":\"callerIdDetails.department\",\"value\":\"x\"}]}},"
                + "{\"code\":\"VALIDATION__PhoneNumberVerificationRequired\",\"severity\":\"WARNING\",\"message\":\"verify\",\"context\":{},\"details\":{\"submitted\":[{\"field\":\"callerIdDetails.phoneNumber\",\"value\":\"+18005555555\"}]}}]";

            var error = new AppleErrorReader().Read(400, _ => null, Encoding.UTF8.GetBytes(body));

            var reports = Assert.IsAssignableFrom<System.Collections.Generic.IReadOnlyList<AppleValidationReport>>(error.Details);
            Assert.Equal(ValidationSeverity.Violation, reports[0].Severity);
            Assert.Equal("callerIdDetails.department", Assert.Single(reports[0].Fields));
            Assert.Equal(ValidationSeverity.Warning, reports[1].Severity);
            Assert.Contains("VALIDATION__DepartmentMustBeValid (callerIdDetails.department)", error.Message);
        }
    }
}

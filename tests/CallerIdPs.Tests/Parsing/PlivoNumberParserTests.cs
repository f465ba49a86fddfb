using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CallerIdPs.Model;
using CallerIdPs.Providers.Plivo;

namespace CallerIdPs.Tests.Parsing
{
    /// <summary>plivo-numbers.md's example bodies, verbatim, and the variants it says to accept, through the number parser.</summary>
    public sealed class PlivoNumberParserTests
    {
        private static readonly RecordOrigin Origin = new RecordOrigin(ProviderKind.Plivo, "Plivo");

        private static string Text(string name) => ProviderExample.Text("plivo", name);

        private static JsonDocument Example(string name) => JsonDocument.Parse(Text(name));

        [Theory]
        [InlineData("phone-number.json")]
        [InlineData("buy.json")]
        [InlineData("pending-item.json")]
        [InlineData("number-list-meta.json")]
        [InlineData("number-get.json")]
        [InlineData("update.json")]
        [InlineData("error-not-found.json")]
        public void The_verbatim_examples_still_appear_in_the_spec(string file)
        {
            var shared = ProviderExample.SharedProvidersFolder();
            if (shared == null) return; // a checkout without the spec beside it: the copies stand alone

            var spec = Squash(File.ReadAllText(Path.Combine(shared, "plivo-numbers.md")));
            Assert.Contains(Squash(Text(file)), spec);
        }

        private static string Squash(string text) => Regex.Replace(text, @"\s+", "");

        [Fact]
        public void The_documented_number_for_sale_parses_with_string_prices_and_an_integer_lata()
        {
            using var document = Example("phone-number.json");

            var number = PlivoNumberParser.ForSale(document.RootElement, Origin, "US");

            Assert.Equal("+14155559186", number.PhoneNumber);
            Assert.Equal(number.PhoneNumber, number.Id);
            Assert.Equal("US", number.Country);
            Assert.Equal(NumberType.Local, number.Type);
            Assert.Equal(0.00m, number.SetupPrice);
            Assert.Equal(0.80m, number.MonthlyPrice);
            Assert.Equal("USD", number.Currency);
            Assert.Equal(new[] { NumberFeature.Voice, NumberFeature.Sms }, number.Features);
            Assert.Equal("722", number.Lata);
            Assert.Equal("415", number.Prefix);
            Assert.Equal("SAN FRANCISCO", number.Location);
            Assert.Equal("SNFC CNTRL", number.RateCenter);
            Assert.Equal("fixed", number.PlivoType);
            Assert.Equal("local", number.PlivoSubType);
            Assert.Equal(0.005m, number.VoiceRate);
            Assert.Null(number.Restriction);
            Assert.Empty(number.Requirements);
            Assert.Equal(ProviderKind.Plivo, number.Provider);
            Assert.Equal("SAN FRANCISCO", number.Raw["city"]);
        }

        [Fact]
        public void A_lata_sent_as_a_string_reads_the_same()
        {
            using var document = JsonDocument.Parse(Text("phone-number.json").Replace("\"lata\":722", "\"lata\":\"722\""));

            Assert.Equal("722", PlivoNumberParser.ForSale(document.RootElement, Origin, "US").Lata);
        }

        [Fact]
        public void The_search_envelope_gives_its_items_and_total_and_turns_restrictions_and_prerequisites_into_requirements()
        {
            using var document = Example("search.from-fields.json");

            var page = PlivoNumberParser.SearchPage(document, Origin, "US");

            Assert.Equal(2, page.Page.Items.Count);
            Assert.Equal(9, page.Page.Total);
            Assert.Null(page.Reason);
            var restricted = page.Page.Items[1];
            Assert.Equal("country-address", restricted.Restriction);
            Assert.Equal(
                new[] { "An address in the number's country (Proof of address in the country is needed.)", "Proof of address in the number's country (Any)" },
                restricted.Requirements.Select(r => r.Description));
            Assert.All(restricted.Requirements, r => Assert.Equal("US", r.Country));
        }

        [Fact]
        public void An_empty_search_is_a_page_with_Plivos_reason_not_a_failure()
        {
            using var document = Example("search-empty.from-fields.json");

            var page = PlivoNumberParser.SearchPage(document, Origin, "US");

            Assert.Empty(page.Page.Items);
            Assert.Equal("No phone numbers found for the given criteria.", page.Reason);
        }

        [Theory]
        [InlineData("city-address", "An address in the number's city")]
        [InlineData("country-address", "An address in the number's country")]
        [InlineData("terms-and-conditions", "Acceptance of the number's terms and conditions")]
        [InlineData("something-new", "Plivo's restriction 'something-new'")]
        public void Each_restriction_reads_as_a_requirement(string restriction, string expected)
        {
            Assert.Equal(expected, PlivoNumberParser.DescribeRestriction(restriction, null));
        }

        [Fact]
        public void The_documented_account_number_parses_with_its_renewal_application_and_pending_activation()
        {
            using var document = Example("number-get.json");

            var number = PlivoNumberParser.Owned(document.RootElement, Origin);

            Assert.Equal("+17609915566", number.PhoneNumber);
            Assert.Equal(number.PhoneNumber, number.Id);
            Assert.Null(number.Name);
            Assert.Equal("US", number.Country);
            Assert.Equal(NumberType.Local, number.Type);
            Assert.Equal("California, UNITED STATES", number.Region);
            Assert.Equal(0.80m, number.MonthlyPrice);
            Assert.Equal(new DateTimeOffset(2014, 3, 14, 0, 0, 0, TimeSpan.Zero), number.RenewsAt);
            Assert.Equal(new DateTimeOffset(2014, 2, 14, 0, 0, 0, TimeSpan.Zero), number.CreatedAt);
            Assert.Equal("29986316244302815", number.ApplicationId);
            Assert.Null(number.Subaccount);
            Assert.Equal(new[] { NumberFeature.Voice, NumberFeature.Sms }, number.Features);
            Assert.False(number.Active);
            Assert.Equal(VirtualNumberStatus.PendingActivation, number.Status);
            Assert.Equal("enabled", number.CnamLookup);
            Assert.Equal("Plivo", number.Carrier);
        }

        [Theory]
        [InlineData("\"sub_account\":null", "\"sub_account\":\"SAXXXXXXXXXXXXXXXXXX\"")]
        [InlineData("\"sub_account\":null", "\"subaccount\":\"SAXXXXXXXXXXXXXXXXXX\"")]
        public void The_subaccount_reads_under_either_documented_name(string from, string to)
        {
            using var document = JsonDocument.Parse(Text("number-get.json").Replace(from, to));

            Assert.Equal("SAXXXXXXXXXXXXXXXXXX", PlivoNumberParser.Owned(document.RootElement, Origin).Subaccount);
        }

        [Theory]
        [InlineData("\"number_type\":\"local\"", "\"type\":\"tollfree\"", NumberType.TollFree)]
        [InlineData("\"number_type\":\"local\"", "\"number_type\":\"fixed\"", NumberType.Local)]
        [InlineData("\"number_type\":\"local\"", "\"number_type\":\"mobile\"", NumberType.Mobile)]
        public void The_type_reads_from_number_type_or_type(string from, string to, NumberType expected)
        {
            using var document = JsonDocument.Parse(Text("number-get.json").Replace(from, to));

            Assert.Equal(expected, PlivoNumberParser.Owned(document.RootElement, Origin).Type);
        }

        [Fact]
        public void An_active_number_without_compliance_status_is_Active()
        {
            using var document = JsonDocument.Parse(Text("number-get.json").Replace("\"active\":false", "\"active\":true"));

            Assert.Equal(VirtualNumberStatus.Active, PlivoNumberParser.Owned(document.RootElement, Origin).Status);
        }

        [Fact]
        public void The_list_envelope_gives_its_items_and_total()
        {
            using var document = Example("number-list.from-fields.json");

            var page = PlivoNumberParser.AccountPage(document, Origin);

            Assert.Equal("+17609915566", Assert.Single(page.Items).PhoneNumber);
            Assert.Equal(20, page.Total);
        }

        [Fact]
        public void The_documented_purchase_answer_is_fulfilled()
        {
            using var document = Example("buy.json");

            var answer = PlivoNumberParser.Bought(document, "+14154009186");

            Assert.True(answer.Fulfilled);
            Assert.False(answer.Pending);
        }

        [Fact]
        public void A_pending_item_in_a_fulfilled_answer_is_a_purchase_waiting_for_documents()
        {
            var body = "{\"api_id\":\"a1\",\"message\":\"created\",\"numbers\":[" + Text("pending-item.json").Trim() + "],\"status\":\"fulfilled\"}";
            using var document = JsonDocument.Parse(body);

            var answer = PlivoNumberParser.Bought(document, "+4969365065273");

            Assert.False(answer.Fulfilled);
            Assert.True(answer.Pending);
        }

        [Fact]
        public void The_high_availability_answer_gives_the_fallback_number()
        {
            var body = Text("ha-numbers.from-fields.json").Trim().TrimEnd('}') + ",\"status\":\"fulfilled\"}";
            using var document = JsonDocument.Parse(body);

            var answer = PlivoNumberParser.Bought(document, "+14154009186");

            Assert.True(answer.Fulfilled);
            Assert.Equal("14154009187", answer.FallbackNumber);
        }

        [Fact]
        public void An_answer_without_any_status_is_unreadable()
        {
            using var document = Example("update.json");

            Assert.Throws<JsonException>(() => PlivoNumberParser.Bought(document, "+14154009186"));
        }

        [Fact]
        public void The_not_found_error_gives_its_message()
        {
            using var document = Example("error-not-found.json");

            Assert.Equal("not found", PlivoParser.ErrorMessage(document.RootElement));
            Assert.Equal("…", PlivoParser.ApiId(document.RootElement));
        }
    }
}

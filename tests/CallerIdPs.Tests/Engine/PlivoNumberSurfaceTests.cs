using System;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Plivo numbers beside 2Chat's and IdentityCall's: mixed listings, provider-specific filters, completion and views.</summary>
    public sealed class PlivoNumberSurfaceTests : SandboxSessionTests
    {
        public PlivoNumberSurfaceTests()
            : base("TwoChat", "IdentityCall", "Plivo")
        {
        }

        [Fact]
        public void Get_VirtualNumber_lists_Plivo_numbers_beside_2Chat_and_IdentityCall()
        {
            var numbers = _session.Run("Get-VirtualNumber").Objects<VirtualNumber>().ToList();

            Assert.Contains(numbers, n => n is TwoChatVirtualNumber);
            Assert.Contains(numbers, n => n is IdentityCallVirtualNumber);
            Assert.Contains(numbers, n => n is PlivoVirtualNumber);
        }

        [Fact]
        public void PhoneNumber_finds_the_one_number_whichever_account_owns_it()
        {
            var result = _session.Run("Get-VirtualNumber -PhoneNumber +14155550200");

            var number = result.Single<PlivoVirtualNumber>();
            Assert.Equal("HQ", number.Name);
            var missing = _session.Run("Get-VirtualNumber -PhoneNumber +19995550100");
            missing.AssertNoErrors();
            Assert.Empty(missing.Output);
            Assert.Contains(missing.Warnings, w => w.Contains("+19995550100", StringComparison.Ordinal));
        }

        [Fact]
        public void A_bad_phone_number_is_InvalidInput_before_any_request()
        {
            var result = _session.Run("Get-VirtualNumber -PhoneNumber 'not a number'");

            Assert.StartsWith("InvalidInput", Assert.Single(result.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        }

        [Fact]
        public void A_country_search_asks_IdentityCall_and_Plivo_and_skips_the_one_without_a_filter_given()
        {
            var both = _session.Run("Get-AvailableNumber -Country US -Type Local").Objects<AvailableNumber>().ToList();
            Assert.Contains(both, n => n is IdentityCallAvailableNumber);
            Assert.Contains(both, n => n is PlivoAvailableNumber);

            var plivoOnly = _session.Run("Get-AvailableNumber -Country US -StartsWith 415");
            plivoOnly.AssertNoErrors();
            Assert.All(plivoOnly.Objects<AvailableNumber>(), n => Assert.IsType<PlivoAvailableNumber>(n));
            Assert.NotEmpty(plivoOnly.Output);
        }

        [Fact]
        public void A_filter_the_named_connection_lacks_is_InvalidInput()
        {
            var result = _session.Run("Get-AvailableNumber -Connection IdentityCall -Country US -StartsWith 415");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Contains("-StartsWith", error.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void An_id_alone_picks_its_provider_for_Set_and_Remove_when_several_are_connected()
        {
            var identityCallId = _session.Run("Get-VirtualNumber -Connection IdentityCall").Objects<IdentityCallVirtualNumber>().First().Id;

            Assert.Equal("Front", _session.Run("Set-VirtualNumber -Id +14155550200 -Name Front").Single<PlivoVirtualNumber>().Name);
            Assert.Equal("Desk", _session.Run($"Set-VirtualNumber -Id {identityCallId} -Name Desk").Single<IdentityCallVirtualNumber>().Name);
            _session.Run("Remove-VirtualNumber -Id +14155550200 -Force").AssertNoErrors();
            Assert.Empty(_session.Run("Get-VirtualNumber -PhoneNumber +14155550200 -WarningAction SilentlyContinue").Output);
        }

        [Fact]
        public void Name_is_still_refused_for_2Chat_purchases()
        {
            var result = _session.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | Invoke-NumberPurchase -Name X -Force");

            Assert.StartsWith("InvalidInput", Assert.Single(result.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        }

        [Fact]
        public void Changes_and_purchase_names_a_provider_lacks_are_refused_naming_the_providers_that_take_them()
        {
            var identityCallId = _session.Run("Get-VirtualNumber -Connection IdentityCall").Objects<IdentityCallVirtualNumber>().First().Id;

            Assert.Equal(
                "Plivo numbers have no -Active, -Recording (those are IdentityCall's); Plivo changes -Name, -Subaccount and -ApplicationId.",
                Assert.Single(_session.Run("Set-VirtualNumber -Id +14155550200 -Active -Recording:$false").Errors).Exception.Message);
            Assert.Equal(
                "IdentityCall numbers have no subaccount or application (-Subaccount and -ApplicationId are Plivo's).",
                Assert.Single(_session.Run($"Set-VirtualNumber -Id {identityCallId} -ApplicationId 123").Errors).Exception.Message);
            Assert.Equal(
                "-Name names IdentityCall and Plivo numbers; 2Chat does not name a number when it is bought.",
                Assert.Single(_session.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | Invoke-NumberPurchase -Name X -Force").Errors).Exception.Message);
        }

        [Fact]
        public void Type_and_Service_complete_with_what_the_providers_sell()
        {
            // -Type is an enum, which PowerShell completes itself; SharedCost and Global are refused before any request.
            Assert.Superset(new System.Collections.Generic.HashSet<string>(new[] { "Local", "Mobile", "National", "TollFree" }), new System.Collections.Generic.HashSet<string>(Complete("Get-AvailableNumber -Country US -Type ")));
            Assert.Equal(new[] { "TollFree" }, Complete("Get-AvailableNumber -Country US -Type To"));
            Assert.Equal(new[] { "Mms", "Sms", "Voice" }, Complete("Get-AvailableNumber -Country US -Service ").OrderBy(t => t));
            Assert.Equal(new[] { "Sms" }, Complete("Get-AvailableNumber -Country US -Service S"));
        }

        private string[] Complete(string line)
        {
            _session.SetVariable("line", line);
            var result = _session.Run("TabExpansion2 -inputScript $line -cursorColumn $line.Length");
            result.AssertNoErrors();
            return ((CommandCompletion)result.Output.Single().BaseObject).CompletionMatches.Select(m => m.CompletionText).ToArray();
        }

        [Theory]
        // Plivo's rows share every provider's tables (a mixed listing stays one table); what only Plivo has is in its list entry.
        [InlineData("Get-VirtualNumber -Connection Plivo", new[] { "PhoneNumber", "Name", "Active", "Id", "+13125550206" })]
        [InlineData("Get-AvailableNumber -Connection Plivo -Country DE", new[] { "PhoneNumber", "Type", "Location", "MonthlyPrice", "Plivo" })]
        [InlineData("Get-VirtualNumber -Connection Plivo | Format-List | Out-String -Width 80", new[] { "MonthlyPrice", "RenewsAt", "Subaccount", "Active", "0.80 USD" })]
        [InlineData("Get-AvailableNumber -Connection Plivo -Country DE | Format-List | Out-String -Width 80", new[] { "SetupPrice", "MonthlyPrice", "Features", "Restriction", "city-address" })]
        public void Plivo_tables_show_the_new_fields_within_80_columns(string command, string[] expected)
        {
            var text = _session.Render(command);

            foreach (var column in expected)
            {
                Assert.Contains(column, text, StringComparison.Ordinal);
            }

            Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, $"Too wide ({line.Length}): {line}"));
            Assert.DoesNotContain("CallerIdPs.", text, StringComparison.Ordinal);
        }
    }
}

using System;
using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Providers.AppleBusiness;
using CallerIdPs.Sandbox.AppleBusiness;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>The design page's Apple Business pipelines, typed exactly as written, on -Sandbox in the real engine.</summary>
    public sealed class ApplePipelineTests : SandboxSessionTests
    {
        public ApplePipelineTests()
            : base("AppleBusiness")
        {
        }

        [Fact]
        public void The_sandbox_brings_its_own_organization_and_brand()
        {
            var connection = _session.Run("Get-CallerIdConnection").Single<CallerIdConnection>();

            var details = Assert.IsType<AppleConnectionDetails>(connection.Details);
            Assert.Equal(AppleEmulatorOptions.DefaultOrganizationId, details.OrganizationId);
            Assert.Equal(AppleEmulatorOptions.DefaultBrandId, details.BrandId);
            Assert.True(connection.Sandbox);
        }

        [Fact]
        public void Published_caller_ids_of_the_last_30_days()
        {
            var result = _session.Run("Get-CallerId -Connection AppleBusiness -State Published -CreatedAfter (Get-Date).AddDays(-30)");

            result.AssertNoErrors();
            var since = DateTimeOffset.Now.AddDays(-30).AddMinutes(1);
            var all = _session.Run("Get-CallerId -Connection AppleBusiness").Objects<AppleCallerId>().ToList();
            var expected = all.Where(c => c.State == AppleCallerIdState.Published && c.CreatedAt > since).Select(c => c.Id).ToList();
            Assert.Equal(122, all.Count); // 120 seeded + 2 shared with the other sandboxes (SharedSandboxNumbers)
            Assert.Equal(expected, result.Objects<AppleCallerId>().Select(c => c.Id).ToList());
            Assert.Contains(all, c => c.State != AppleCallerIdState.Published && c.CreatedAt > since);
        }

        [Fact]
        public void New_CallerId_creates_it_and_shows_Apples_warning_with_code_and_field()
        {
            var result = _session.Run("New-CallerId -PhoneNumber +18005555555 -Department department.general.support.customer_service");

            result.AssertNoErrors();
            var created = result.Single<AppleCallerId>();
            Assert.Equal("+18005555555", created.PhoneNumber);
            Assert.Equal(AppleCallerIdState.Submitted, created.State);
            var warning = Assert.Single(result.Warnings);
            Assert.Contains("VALIDATION__PhoneNumberVerificationRequired", warning);
            Assert.Contains("callerIdDetails.phoneNumber", warning);
            Assert.Equal(created.Id, _session.Run($"Get-CallerId -Connection AppleBusiness -Id {created.Id}").Single<AppleCallerId>().Id);
        }

        [Fact]
        public void A_violation_is_an_error_with_its_code_field_and_apple_request_id()
        {
            var result = _session.Run($"New-CallerId -PhoneNumber {AppleEmulatorOptions.BlockedNumber} -Department department.general.sales");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId);
            var exception = (CallerIdException)error.Exception;
            Assert.Contains("VALIDATION__CallerIdIsBlocked", exception.Message);
            Assert.Contains("callerIdDetails.phoneNumber", exception.Message);
            Assert.False(string.IsNullOrEmpty(exception.RequestId));
            Assert.Contains(exception.RequestId!, exception.Message);
        }

        [Fact]
        public void Set_CallerId_changes_the_department_and_a_stale_etag_is_an_EtagConflict_to_act_on()
        {
            _session.Run("$c = Get-CallerId -Connection AppleBusiness -State Published | Select-Object -First 1").AssertNoErrors();

            var updated = _session.Run("$c | Set-CallerId -Department department.general.billing").Single<AppleCallerId>();
            var stale = _session.Run("$c | Set-CallerId -Department department.general.sales");

            Assert.Equal("department.general.billing", updated.Department);
            var error = Assert.Single(stale.Errors);
            Assert.StartsWith("EtagConflict", error.FullyQualifiedErrorId);
            Assert.Contains("Get-CallerId -Connection AppleBusiness -Id " + updated.Id, error.ErrorDetails.RecommendedAction);
            Assert.False(string.IsNullOrEmpty(((CallerIdException)error.Exception).RequestId));
            var reread = _session.Run($"Get-CallerId -Connection AppleBusiness -Id {updated.Id} | Set-CallerId -Department department.general.sales");
            reread.AssertNoErrors();
            Assert.Equal("department.general.sales", reread.Single<AppleCallerId>().Department);
        }

        [Fact]
        public void Remove_CallerId_deletes_piped_Apple_caller_ids()
        {
            var id = _session.Run("Get-CallerId -Connection AppleBusiness -State Rejected").Objects<AppleCallerId>().First().Id;

            _session.Run($"Get-CallerId -Connection AppleBusiness -Id {id} | Remove-CallerId -Confirm:$false").AssertNoErrors();

            var after = _session.Run($"Get-CallerId -Connection AppleBusiness -Id {id}");
            Assert.Empty(after.Output);
            Assert.Single(after.Warnings);
        }

        [Fact]
        public void Get_CallerId_with_no_connection_merges_Apple_with_2Chat_and_Plivo()
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox; Connect-CallerIdProvider -Provider Plivo -Sandbox").AssertNoErrors();

            var all = _session.Run("Get-CallerId").Objects<CallerId>().ToList();

            Assert.Equal(122, all.OfType<AppleCallerId>().Count());
            Assert.Equal(1257, all.OfType<TwoChatCallerId>().Count());
            Assert.True(all.OfType<PlivoCallerId>().Count() > 40);
            var published = _session.Run("Get-CallerId -State Published");
            published.AssertNoErrors();
            Assert.All(published.Objects<CallerId>(), c => Assert.Equal(AppleCallerIdState.Published, Assert.IsType<AppleCallerId>(c).State));
        }

        [Theory]
        [InlineData("New-CallerId -PhoneNumber +442071234567 -Department department.general.sales", "+442071234567")]
        [InlineData("New-CallerId -PhoneNumber +18005550100 -Department 'sales'", "sales")]
        [InlineData("Get-CallerId -Connection AppleBusiness -Department 'department.x;state==PUBLISHED'", "department.x;state==PUBLISHED")]
        [InlineData("Set-CallerId -Connection AppleBusiness -Id 12a -Department department.general.sales", "12a")]
        public void Bad_input_is_InvalidInput_before_any_request(string command, string offending)
        {
            var result = _session.Run(command);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId);
            Assert.Equal(offending, error.TargetObject?.ToString());
        }

        [Fact]
        public void Remove_CallerId_asks_first_and_WhatIf_deletes_nothing()
        {
            var id = _session.Run("Get-CallerId -Connection AppleBusiness").Objects<AppleCallerId>().First().Id;

            var whatIf = _session.Run($"Get-CallerId -Connection AppleBusiness -Id {id} | Remove-CallerId -WhatIf");

            whatIf.AssertNoErrors();
            Assert.Single(_session.Run($"Get-CallerId -Connection AppleBusiness -Id {id}").Objects<AppleCallerId>());
        }
    }
}

using System;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Get-NumberInventory in the engine over the four sandboxes together: the pipelines, each finding seen at
    /// least once, the shared numbers joined, and -Within checked before anything is read.
    /// </summary>
    public sealed class InventoryPipelineTests : SandboxSessionTests
    {
        public InventoryPipelineTests()
            : base("TwoChat", "IdentityCall", "Plivo", "AppleBusiness")
        {
        }

        [Fact]
        public void Every_number_of_every_connection_is_one_row()
        {
            var result = _session.Run("Get-NumberInventory");

            result.AssertNoErrors();
            Assert.Empty(result.Warnings);
            var rows = result.Objects<NumberInventoryRow>().ToList();
            var numbers = _session.Run("Get-VirtualNumber").Objects<VirtualNumber>().Select(n => n.PhoneNumber);
            var callerIds = _session.Run("Get-CallerId").Objects<CallerId>().Select(c => c.PhoneNumber);
            Assert.Equal(numbers.Concat(callerIds).Distinct().OrderBy(n => n, StringComparer.Ordinal), rows.Select(r => r.PhoneNumber));
            Assert.All(rows, r => Assert.False(r.Incomplete));
        }

        [Fact]
        public void Attention_shows_every_finding_and_only_rows_with_findings()
        {
            var rows = _session.Run("Get-NumberInventory -Attention").Objects<NumberInventoryRow>().ToList();

            Assert.All(rows, r => Assert.NotEmpty(r.Findings));
            Assert.All(rows, r => Assert.Equal(r.Findings.Count, r.Notes.Count));
            foreach (InventoryFinding finding in Enum.GetValues(typeof(InventoryFinding)))
            {
                Assert.Contains(rows, r => r.Findings.Contains(finding));
            }
        }

        [Fact]
        public void The_sandboxes_shared_numbers_join_across_providers()
        {
            var rows = _session.Run("Get-NumberInventory").Objects<NumberInventoryRow>().ToDictionary(r => r.PhoneNumber);

            var twice = rows["+12135321603"];
            Assert.Equal(new[] { ProviderKind.TwoChat, ProviderKind.IdentityCall }, twice.Owned.Select(o => o.Provider));
            Assert.Equal(new[] { InventoryFinding.OwnedTwice }, twice.Findings);

            var released = rows["+14155550186"];
            Assert.Equal(VirtualNumberStatus.Released, Assert.Single(released.Owned).Status);
            Assert.IsType<AppleCallerId>(Assert.Single(released.CallerIds));
            Assert.Equal(new[] { InventoryFinding.ReleasedButCallerId }, released.Findings);

            var healthy = rows["+18885550199"];
            Assert.Equal(ProviderKind.IdentityCall, Assert.Single(healthy.Owned).Provider);
            Assert.IsType<AppleCallerId>(Assert.Single(healthy.CallerIds));
            Assert.Empty(healthy.Findings);
        }

        [Fact]
        public void Findings_contains_filters_and_the_caller_IDs_pipe_into_Remove_CallerId()
        {
            var result = _session.Run(
                "Get-NumberInventory -Attention | Where-Object Findings -contains 'ReleasedButCallerId' | ForEach-Object CallerIds | Remove-CallerId -WhatIf");

            result.AssertNoErrors();
            Assert.Contains("What if: Delete caller ID +14155550186", _session.Host.Text);
            Assert.Contains("connection 'AppleBusiness'", _session.Host.Text);
            Assert.Single(_session.Run("Get-CallerId -Connection AppleBusiness -PhoneNumber +14155550186").Objects<AppleCallerId>());
        }

        [Fact]
        public void Within_widens_what_counts_as_Expiring_and_takes_days_as_a_number()
        {
            int Expiring(string args) => _session.Run("Get-NumberInventory " + args).Objects<NumberInventoryRow>().Count(r => r.Findings.Contains(InventoryFinding.Expiring));

            var month = Expiring("");
            var year = Expiring("-Within 400");

            Assert.True(month > 0);
            Assert.True(year > month + 8, $"{year} rows expire within 400 days, {month} within 30: the nine rented numbers that renew within the year should be among them");
            Assert.Equal(year, Expiring("-Within ([TimeSpan]::FromDays(400))"));
        }

        [Fact]
        public void A_negative_Within_is_refused_before_anything_is_read()
        {
            var result = _session.Run("Get-NumberInventory -Within -1");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId);
            Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(TimeSpan.FromDays(-1), error.TargetObject);
            Assert.Empty(result.Output);
        }

        [Fact]
        public void One_connection_gives_its_own_rows_and_says_nothing_it_cannot_know()
        {
            var rows = _session.Run("Get-NumberInventory -Connection AppleBusiness").Objects<NumberInventoryRow>().ToList();

            Assert.Equal(122, rows.Count);
            Assert.DoesNotContain(rows, r => r.Findings.Contains(InventoryFinding.BrandedNotOwned));
            Assert.Contains(rows, r => r.Findings.Contains(InventoryFinding.Rejected));
        }

        [Fact]
        public void Progress_is_reported_per_connection()
        {
            var result = _session.Run("$ProgressPreference = 'Continue'; Get-NumberInventory");

            var activities = result.Progress.Select(p => p.Activity).Distinct().ToList();
            Assert.Contains("Reading TwoChat", activities);
            Assert.Contains("Reading AppleBusiness", activities);
            Assert.Equal(activities.Count, result.Progress.Select(p => p.ActivityId).Distinct().Count());
            Assert.All(activities, a => Assert.Equal(System.Management.Automation.ProgressRecordType.Completed, result.Progress.Last(p => p.Activity == a).RecordType));
        }
    

        [Fact]
        public void Nothing_needing_attention_is_a_warning_that_says_what_was_read()
        {
            using var session = new ModuleSession();
            session.Run("Connect-CallerIdProvider -Provider IdentityCall -Sandbox").AssertNoErrors();

            var result = session.Run("Get-NumberInventory -Attention");

            result.AssertNoErrors();
            Assert.Empty(result.Output);
            Assert.Equal("None of the 7 numbers on IdentityCall needs attention (Expiring within 30 days).", Assert.Single(result.Warnings));
        }

        [Fact]
        public void With_nothing_connected_it_says_to_connect_first()
        {
            using var session = new ModuleSession();

            var error = Assert.Single(session.Run("Get-NumberInventory").Errors);

            Assert.StartsWith("NotConnected", error.FullyQualifiedErrorId);
        }
    }
}

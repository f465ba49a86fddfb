using System;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>The design page's IdentityCall pipelines, typed exactly as written, on -Sandbox in the real engine.</summary>
    public sealed class IdentityCallPipelineTests : SandboxSessionTests
    {
        public IdentityCallPipelineTests()
            : base("IdentityCall")
        {
        }

        [Fact]
        public void Get_VirtualNumber_with_no_connection_merges_2Chat_and_IdentityCall_and_Where_Active_keeps_the_active_ones()
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();

            var all = _session.Run("Get-VirtualNumber").Objects<VirtualNumber>().ToList();
            var result = _session.Run("Get-VirtualNumber | Where-Object Active");

            result.AssertNoErrors();
            var active = result.Objects<VirtualNumber>().ToList();
            Assert.Equal(result.Output.Count, active.Count);
            Assert.Contains(active, n => n is IdentityCallVirtualNumber);
            Assert.Contains(active, n => n is TwoChatVirtualNumber);
            Assert.All(active, n => Assert.True(n.Active));
            Assert.Equal(all.Where(n => n.Active).Select(n => n.Id), active.Select(n => n.Id));
            Assert.Contains(all, n => n is IdentityCallVirtualNumber && !n.Active);
            Assert.All(all, n =>
            {
                Assert.False(string.IsNullOrEmpty(n.Id));
                Assert.StartsWith("+", n.PhoneNumber);
                Assert.Matches("^[A-Z]{2}$", n.Country);
                Assert.Equal(n.Provider == ProviderKind.IdentityCall ? "IdentityCall" : "TwoChat", n.ConnectionName);
            });
        }

        [Fact]
        public void Every_IdentityCall_number_stops_recording()
        {
            var before = _session.Run("Get-VirtualNumber -Connection IdentityCall").Objects<IdentityCallVirtualNumber>().ToList();

            var result = _session.Run("Get-VirtualNumber -Connection IdentityCall | Set-VirtualNumber -Recording:$false");

            result.AssertNoErrors();
            var updated = result.Objects<IdentityCallVirtualNumber>().ToList();
            Assert.Equal(before.Select(n => n.Id), updated.Select(n => n.Id));
            Assert.All(updated, n => Assert.Equal((true, false), (n.IsDetailed, n.Recording!.Value)));
            Assert.Equal(before.Select(n => (n.Name, n.Active)), updated.Select(n => (n.Name, n.Active)));
            var reread = _session.Run("Get-VirtualNumber -Connection IdentityCall | Get-VirtualNumber").Objects<IdentityCallVirtualNumber>().ToList();
            Assert.Equal(before.Count, reread.Count);
            Assert.All(reread, n => Assert.False(n.Recording));
        }

        [Fact]
        public void The_first_US_local_number_is_bought_and_named_Sales()
        {
            var offered = _session.Run("Get-AvailableNumber -Connection IdentityCall -Country US -Type local").Objects<IdentityCallAvailableNumber>().ToList();

            var result = _session.Run(@"
Get-AvailableNumber -Connection IdentityCall -Country US -Type local |
  Select-Object -First 1 | Invoke-NumberPurchase -Name 'Sales' -Confirm:$false");

            var purchase = result.Single<NumberPurchaseResult>();
            Assert.Equal(PurchaseStatus.Purchased, purchase.Status);
            Assert.Equal(offered[0].PhoneNumber, purchase.PhoneNumber);
            Assert.Equal("Sales", purchase.Name);
            Assert.Equal(ProviderKind.IdentityCall, purchase.Provider);
            Assert.Equal(offered[0].SetupPrice, purchase.SetupPrice);
            Assert.Equal(offered[0].MonthlyPrice, purchase.MonthlyPrice);
            Assert.Equal("USD", purchase.Currency);
            Assert.All(offered, o => Assert.Equal((NumberType.Local, "US"), (o.Type!.Value, o.Country!)));

            var owned = _session.Run("Get-VirtualNumber -Connection IdentityCall").Objects<IdentityCallVirtualNumber>().ToList();
            Assert.Contains(owned, n => n.PhoneNumber == purchase.PhoneNumber && n.Name == "Sales" && n.Id == purchase.VirtualNumberId);
            var stillOffered = _session.Run("Get-AvailableNumber -Connection IdentityCall -Country US -Type local").Objects<IdentityCallAvailableNumber>().Select(o => o.PhoneNumber);
            Assert.DoesNotContain(purchase.PhoneNumber, stillOffered);
        }

        [Fact]
        public void The_2Chat_purchase_pipeline_still_works_beside_an_IdentityCall_connection()
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();

            var result = _session.Run(DesignPipelines.RegionToPurchase);

            var purchase = result.Single<NumberPurchaseResult>();
            Assert.Equal(ProviderKind.TwoChat, purchase.Provider);
            Assert.StartsWith("DID", purchase.VirtualNumberId);
        }

        [Fact]
        public void An_id_picks_its_provider_and_an_IdentityCall_id_returns_the_detail_record()
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();
            var twoChatId = _session.Run("Get-VirtualNumber -Connection TwoChat").Objects<TwoChatVirtualNumber>().First().Id;

            var detail = _session.Run("Get-VirtualNumber -Id 7").Single<IdentityCallVirtualNumber>();
            var twoChat = _session.Run($"Get-VirtualNumber -Id {twoChatId}").Single<TwoChatVirtualNumber>();

            Assert.True(detail.IsDetailed);
            Assert.Equal("+15551234567", detail.PhoneNumber);
            Assert.NotNull(detail.RoutingStrategy);
            Assert.NotNull(detail.Recording);
            Assert.True(detail.Stats!.TotalCalls >= detail.RecentCalls.Count);
            Assert.Equal(10, detail.RecentCalls.Count);
            Assert.Equal(detail.OperatorCount, detail.Operators.Count);
            Assert.All(detail.Operators, o => Assert.NotNull(o.Priority));
            Assert.Equal(twoChatId, twoChat.Id);
        }

        [Fact]
        public void Set_VirtualNumber_changes_name_activity_and_routing_by_id()
        {
            var updated = _session.Run("Set-VirtualNumber -Connection IdentityCall -Id 9 -Name Reception -Active:$false -RoutingStrategy round_robin")
                .Single<IdentityCallVirtualNumber>();

            Assert.Equal(("Reception", false, RoutingStrategy.RoundRobin), (updated.Name, updated.Active, updated.RoutingStrategy!.Value));
            var again = _session.Run("Set-VirtualNumber 9 -Active -RoutingStrategy Simultaneous").Single<IdentityCallVirtualNumber>();
            Assert.Equal(("Reception", true, RoutingStrategy.Simultaneous), (again.Name, again.Active, again.RoutingStrategy!.Value));
        }

        [Fact]
        public void Set_VirtualNumber_WhatIf_says_what_would_change_and_changes_nothing()
        {
            _session.Host.Clear();

            var result = _session.Run("Get-VirtualNumber -Connection IdentityCall | Set-VirtualNumber -Recording:$false -WhatIf");

            result.AssertNoErrors();
            Assert.Empty(result.Output);
            var said = _session.Host.Text;
            Assert.Contains("What if:", said);
            Assert.Contains("recording off", said);
            Assert.Contains("+15551234567", said);
            Assert.Contains("IdentityCall", said);
            Assert.True(_session.Run("Get-VirtualNumber -Id 7").Single<IdentityCallVirtualNumber>().Recording);
        }

        [Fact]
        public void Set_VirtualNumber_refuses_2Chat_numbers_and_empty_changes()
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();

            var twoChat = _session.Run("Get-VirtualNumber -Connection TwoChat | Select-Object -First 1 | Set-VirtualNumber -Recording:$false");
            var nothing = _session.Run("Set-VirtualNumber -Connection IdentityCall -Id 7");

            Assert.StartsWith("NotSupported", Assert.Single(twoChat.Errors).FullyQualifiedErrorId);
            Assert.StartsWith("InvalidInput", Assert.Single(nothing.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void A_search_that_finds_nothing_warns_and_a_search_IdentityCall_cannot_answer_is_InvalidInput()
        {
            var nothing = _session.Run("Get-AvailableNumber -Country FR -Type local");
            var shared = _session.Run("Get-AvailableNumber -Country US -Type SharedCost");

            nothing.AssertNoErrors();
            Assert.Empty(nothing.Output);
            Assert.Contains(nothing.Warnings, w => w.Contains("FR") && w.Contains("local"));
            var error = Assert.Single(shared.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId);
            Assert.Contains("toll-free", error.Exception.Message);
        }

        [Fact]
        public void Country_searches_need_IdentityCall_and_Name_is_for_IdentityCall_purchases()
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();

            var onTwoChat = _session.Run("Get-AvailableNumber -Connection TwoChat -Country US -Type local");
            var named = _session.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | Invoke-NumberPurchase -Name Sales -Force");

            var error = Assert.Single(onTwoChat.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId);
            Assert.Contains("Find-NumberGroup", error.Exception.Message);
            Assert.StartsWith("InvalidInput", Assert.Single(named.Errors).FullyQualifiedErrorId);
            Assert.Empty(named.Output);
        }

        [Fact]
        public void The_sandbox_connection_paces_like_a_real_key_at_the_free_plans_60_a_minute()
        {
            var connection = _session.Run("Get-CallerIdConnection -Name IdentityCall").Single<CallerIdPs.Connections.CallerIdConnection>();

            Assert.True(connection.Sandbox);
            Assert.Equal(60, connection.RequestsPerMinute);
            Assert.Equal(CallerIdPs.Connections.ProviderCapability.ListVirtualNumbers | CallerIdPs.Connections.ProviderCapability.ManageVirtualNumbers
                | CallerIdPs.Connections.ProviderCapability.ListAvailableNumbers | CallerIdPs.Connections.ProviderCapability.PurchaseNumbers, connection.Capabilities);
        }

        [Theory]
        [InlineData("Get-VirtualNumber -Connection IdentityCall", new[] { "PhoneNumber", "Name", "Active", "US Sales Line", "False", "Id" })]
        [InlineData("Get-AvailableNumber -Country US -Type local", new[] { "PhoneNumber", "Location", "Los Angeles, California", "MonthlyPrice", "1.15 USD", "IdentityCall" })]
        [InlineData("(Get-VirtualNumber -Id 7).RecentCalls", new[] { "Direction", "CallerName", "Status", "Seconds" })]
        [InlineData("(Get-VirtualNumber -Id 9).Operators", new[] { "Priority", "Name", "Initials", "Alice Carter" })]
        [InlineData("Get-AvailableNumber -Country GB -Type mobile | Select-Object -First 1 | Invoke-NumberPurchase -Force", new[] { "PhoneNumber", "Status", "Purchased", "ConnectionName" })]
        public void Renders_a_table_with_the_columns_an_admin_wants(string command, string[] expected)
        {
            var text = _session.Render(command);

            foreach (var column in expected)
            {
                Assert.Contains(column, text);
            }

            Assert.DoesNotContain("CallerIdPs.", text);
        }
    }
}

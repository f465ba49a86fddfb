using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>The design page's 2Chat pipelines, typed exactly as written, on -Sandbox in the real engine.</summary>
    public sealed class TwoChatPipelineTests : SandboxSessionTests
    {
        public TwoChatPipelineTests()
            : base("TwoChat")
        {
        }

        [Fact]
        public void Region_to_purchase_buys_a_Los_Angeles_number_containing_555()
        {
            var result = _session.Run(DesignPipelines.RegionToPurchase);

            var purchase = result.Single<NumberPurchaseResult>();
            Assert.Equal(PurchaseStatus.Purchased, purchase.Status);
            Assert.StartsWith("+1213", purchase.PhoneNumber);
            Assert.Contains("555", purchase.PhoneNumber.Substring(2));
            Assert.Equal(3.50m, purchase.MonthlyPrice);
            Assert.Equal("USD", purchase.Currency);
            Assert.StartsWith("DID", purchase.VirtualNumberId);
            Assert.Equal("TwoChat", purchase.ConnectionName);

            var owned = _session.Run("Get-VirtualNumber").Objects<VirtualNumber>().ToList();
            Assert.Contains(owned, n => n.PhoneNumber == purchase.PhoneNumber && n.Id == purchase.VirtualNumberId);
            Assert.Empty(_session.Run("Get-NumberReservation").Output);
        }

        [Fact]
        public void A_GB_mobile_group_reserves_a_random_number()
        {
            var result = _session.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation");

            var reservation = result.Single<NumberReservation>();
            Assert.StartsWith("+44", reservation.PhoneNumber);
            Assert.Equal(NumberType.Mobile, reservation.Type);
            Assert.True(reservation.ExpiresAt > System.DateTimeOffset.UtcNow.AddMinutes(20));
            var listed = _session.Run("Get-NumberReservation").Single<NumberReservation>();
            Assert.Equal(reservation.Id, listed.Id);
            Assert.Equal(reservation.PhoneNumber, listed.PhoneNumber);
        }

        [Fact]
        public void Reservations_piped_to_Remove_are_cancelled()
        {
            _session.Run("Find-NumberGroup -Country GB -Type mobile | New-NumberReservation").AssertNoErrors();
            Assert.Equal(2, _session.Run("Get-NumberReservation").Objects<NumberReservation>().Count());

            var removal = _session.Run("Get-NumberReservation | Remove-NumberReservation -Confirm:$false");

            removal.AssertNoErrors();
            Assert.Empty(_session.Run("Get-NumberReservation").Output);
        }

        [Fact]
        public void Reservations_piped_to_Invoke_NumberPurchase_are_bought()
        {
            _session.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").AssertNoErrors();
            var before = _session.Run("Get-VirtualNumber").Output.Count;

            var purchase = _session.Run("Get-NumberReservation | Invoke-NumberPurchase -Confirm:$false").Single<NumberPurchaseResult>();

            Assert.Equal(PurchaseStatus.Purchased, purchase.Status);
            Assert.StartsWith("+44", purchase.PhoneNumber);
            Assert.Equal(before + 1, _session.Run("Get-VirtualNumber").Output.Count);
            Assert.Empty(_session.Run("Get-NumberReservation").Output);
        }

        [Fact]
        public void Get_CallerId_with_no_connection_lists_every_caller_id_once()
        {
            var ids = _session.Run("Get-CallerId").Objects<CallerId>().Select(c => c.Id).ToList();

            Assert.Equal(1257, ids.Count);
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }

        [Fact]
        public void A_listed_caller_id_keeps_the_providers_raw_record()
        {
            var result = _session.Run("Get-CallerId -First 2 | ForEach-Object { $_.Raw['uuid'] + '|' + $_.Id + '|' + $_.Raw['phone_number'] + '|' + $_.PhoneNumber }");

            result.AssertNoErrors();
            Assert.Equal(2, result.Output.Count);
            Assert.All(result.Output, o =>
            {
                var parts = o.ToString().Split('|');
                Assert.Equal(parts[0], parts[1]);
                Assert.Equal(parts[2], parts[3]);
                Assert.StartsWith("VCI", parts[0]);
            });
        }

        [Fact]
        public void Get_CallerId_pages_with_First_and_Skip()
        {
            var all = _session.Run("Get-CallerId").Objects<CallerId>().Select(c => c.Id).ToList();

            var page = _session.Run("Get-CallerId -Skip 190 -First 25").Objects<CallerId>().Select(c => c.Id).ToList();

            Assert.Equal(all.Skip(190).Take(25), page);
        }

        [Fact]
        public void Get_CallerId_filters_by_type_country_and_verified()
        {
            var found = _session.Run("Get-CallerId -Type VN -Verified").Objects<CallerId>().ToList();

            Assert.NotEmpty(found);
            Assert.All(found, c => Assert.Equal(CallerIdType.VN, ((TwoChatCallerId)c).Type));
            var british = _session.Run("Get-CallerId -Country GB").Objects<CallerId>().ToList();
            Assert.NotEmpty(british);
            Assert.All(british, c => Assert.Equal("GB", c.Country));
        }

        [Fact]
        public void Get_VirtualNumber_piped_to_Where_Active_keeps_the_active_ones()
        {
            var active = _session.Run("Get-VirtualNumber | Where-Object Active").Objects<VirtualNumber>().ToList();
            var all = _session.Run("Get-VirtualNumber").Objects<VirtualNumber>().ToList();

            Assert.NotEmpty(active);
            Assert.True(active.Count < all.Count);
            Assert.All(active, n => Assert.True(n.Active));
        }

        [Fact]
        public void A_released_virtual_number_becomes_pending_cancellation()
        {
            _session.Run("Get-VirtualNumber | Where-Object Name -eq 'Sales' | Remove-VirtualNumber -Confirm:$false").AssertNoErrors();

            var sales = _session.Run("Get-VirtualNumber | Where-Object Name -eq 'Sales'").Single<TwoChatVirtualNumber>();
            Assert.Equal(VirtualNumberStatus.PendingCancellation, sales.Status);
        }

        [Fact]
        public void Requirements_follow_a_group_down_the_pipeline()
        {
            var requirements = _session.Run("Find-NumberGroup -Country DE -Type local | Select-Object -First 1 | Get-NumberRequirement")
                .Objects<NumberRequirement>().ToList();

            Assert.Equal(2, requirements.Count);
            Assert.Contains(requirements, r => r.Description == "Proof of address required");
        }

        [Fact]
        public void Number_types_are_the_six_2Chat_types()
        {
            var names = _session.Run("Get-NumberType").Objects<DidType>().Select(t => t.Name).ToList();

            Assert.Equal(new[] { "global", "local", "mobile", "national", "sharedcost", "tollfree" }, names);
        }
    }
}

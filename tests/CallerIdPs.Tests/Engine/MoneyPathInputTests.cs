using System.Linq;
using System.Management.Automation;
using CallerIdPs.Errors;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// On the money path a purchase, a reservation or a change is refused before it is sent when it cannot be what the
    /// user means: a reservation that no longer stands, input a real run would refuse (also under -WhatIf), conflicting inputs.
    /// </summary>
    public sealed class MoneyPathInputTests
    {
        [Fact]
        public void A_cancelled_reservation_of_a_priced_number_is_ReservationExpired_and_nothing_is_bought()
        {
            using var tc = new LoopbackModuleSession();
            tc.Run("Find-NumberGroup -Country GB -City London -Type local | Get-AvailableNumber | Select-Object -First 1 | New-NumberReservation -OutVariable held").AssertNoErrors();
            tc.Run("$held | Remove-NumberReservation -Force").AssertNoErrors();

            // 2Chat buys a free number on the spot when its reservation is gone, so only the module's check stops this.
            var result = tc.Run("$held | Invoke-NumberPurchase -Force");

            Assert.Equal(0, tc.Emulator.PurchaseCount);
            Assert.Empty(result.Output);
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("ReservationExpired,", error.FullyQualifiedErrorId);
            Assert.Contains("nothing was bought", error.Exception.Message);
            Assert.DoesNotContain("said:", error.Exception.Message);
        }

        [Fact]
        public void An_active_reservation_of_a_priced_number_is_still_bought_at_its_price()
        {
            using var tc = new LoopbackModuleSession();
            tc.Run("Find-NumberGroup -Country GB -City London -Type local | Get-AvailableNumber | Select-Object -First 1 | New-NumberReservation -OutVariable held").AssertNoErrors();

            var result = tc.Run("$held | Invoke-NumberPurchase -Force");

            result.AssertNoErrors();
            Assert.Equal(1, tc.Emulator.PurchaseCount);
            Assert.Equal(PurchaseStatus.Purchased, result.Single<NumberPurchaseResult>().Status);
        }

        [Fact]
        public void An_unknown_reservation_id_is_NotFound_in_purchase_and_cancel_alike()
        {
            using var tc = new LoopbackModuleSession();

            var bought = tc.Run("Invoke-NumberPurchase -ReservationId nope -Force");
            var cancelled = tc.Run("Remove-NumberReservation -Id nope -Force");

            Assert.Equal(0, tc.Emulator.PurchaseCount);
            foreach (var error in new[] { Assert.Single(bought.Errors), Assert.Single(cancelled.Errors) })
            {
                Assert.StartsWith("NotFound,", error.FullyQualifiedErrorId);
                Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
                Assert.Equal("nope", error.TargetObject);
            }
        }

        [Fact]
        public void A_known_reservation_id_that_is_gone_stays_ReservationExpired()
        {
            using var tc = new LoopbackModuleSession();
            tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation -OutVariable held").AssertNoErrors();
            tc.Run("$held | Remove-NumberReservation -Force").AssertNoErrors();

            var result = tc.Run("Invoke-NumberPurchase -ReservationId $held[0].Id -Force");

            Assert.Equal(0, tc.Emulator.PurchaseCount);
            Assert.StartsWith("ReservationExpired,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        [Theory]
        [InlineData("-Id abc -Name x", "abc", "Id: 'abc'")]
        [InlineData("-Id +14155550200 -Subaccount bad!", "bad!", "Subaccount: 'bad!'")]
        [InlineData("-Id +14155550200 -ApplicationId ../../x", "../../x", "ApplicationId: '../../x'")]
        public void Set_VirtualNumber_refuses_under_WhatIf_what_a_real_run_refuses_before_any_request(string arguments, string offending, string said)
        {
            using var plivo = new PlivoLoopbackSession();
            foreach (var mode in new[] { "-WhatIf", "-Confirm:$false" })
            {
                var error = RefusedBeforeSending(plivo, $"Set-VirtualNumber {arguments} -Connection Plivo {mode}");

                Assert.Equal(offending, error.TargetObject);
                Assert.StartsWith(said, error.Exception.Message);
            }
        }

        [Fact]
        public void Set_VirtualNumber_refuses_a_bad_IdentityCall_id_under_WhatIf()
        {
            using var idc = new IdentityCallLoopbackSession();
            var error = RefusedBeforeSending(idc, "Set-VirtualNumber -Id abc -Connection IdentityCall -Name x -WhatIf");

            Assert.Equal("abc", error.TargetObject);
        }

        [Fact]
        public void A_piped_city_of_another_country_than_the_typed_Country_is_refused_before_the_search()
        {
            using var tc = new LoopbackModuleSession();
            tc.Run("Get-NumberCity -Country US -RegionId 5 -OutVariable cities").AssertNoErrors();

            var error = RefusedBeforeSending(tc, "$cities | Select-Object -First 1 | Find-NumberGroup -Country GB");

            Assert.Contains("not in GB", error.Exception.Message);
        }

        [Fact]
        public void A_piped_city_alone_still_searches_its_own_country()
        {
            using var tc = new LoopbackModuleSession();

            var result = tc.Run("Get-NumberCity -Country US -RegionId 5 | Select-Object -First 1 | Find-NumberGroup");

            result.AssertNoErrors();
            Assert.NotEmpty(result.Objects<NumberGroup>());
            Assert.All(result.Objects<NumberGroup>(), g => Assert.Equal("US", g.Country));
        }

        [Theory]
        [InlineData("-Country US -RegionId 5 -CityId 2001", "Get-NumberCity -Country CA", "Toronto in CA")]
        [InlineData("-Country CA -RegionId 102 -CityId 2001", "Get-NumberCity -Country CA -RegionId 101", "not in region 102")]
        [InlineData("-Country GB -RegionId 5", "Get-NumberRegion -Country US", "region of US")]
        public void A_city_or_region_known_to_lie_elsewhere_is_refused_before_the_search(string search, string listed, string said)
        {
            using var tc = new LoopbackModuleSession();
            tc.Run(listed).AssertNoErrors();

            var error = RefusedBeforeSending(tc, $"Find-NumberGroup {search}");

            Assert.Contains(said, error.Exception.Message);
        }

        [Theory]
        [InlineData("Invoke-NumberPurchase -Reservation $held[0] -Group $group[0] -WhatIf")]
        [InlineData("$held | Invoke-NumberPurchase -Group $group[0] -Force")]
        [InlineData("$held | Invoke-NumberPurchase -ReservationId $held[0].Id -Force")]
        public void Two_things_to_buy_are_refused_before_any_request(string script)
        {
            using var tc = new LoopbackModuleSession();
            tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 -OutVariable group | New-NumberReservation -OutVariable held").AssertNoErrors();

            var error = RefusedBeforeSending(tc, script);

            Assert.Contains("one thing to buy", error.Exception.Message);
            Assert.Equal(0, tc.Emulator.PurchaseCount);
        }

        [Fact]
        public void A_piped_reservation_alone_binds_its_ReservationId_too_and_is_bought()
        {
            using var tc = new LoopbackModuleSession();
            tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation -OutVariable held").AssertNoErrors();

            var result = tc.Run("$held | Invoke-NumberPurchase -Force");

            result.AssertNoErrors();
            Assert.Equal(1, tc.Emulator.PurchaseCount);
        }

        [Theory]
        [InlineData("New-NumberReservation -GroupId gbloc-156 -PhoneNumber +999123456")]
        [InlineData("New-NumberReservation -GroupId gbloc-156 -PhoneNumber +999123456 -WhatIf")]
        [InlineData("Get-VirtualNumber -PhoneNumber +999123456")]
        public void A_number_with_no_assigned_calling_code_is_InvalidInput_before_any_request(string script)
        {
            using var tc = new LoopbackModuleSession();

            var error = RefusedBeforeSending(tc, script);

            Assert.Equal("+999123456", error.TargetObject);
        }

        [Theory]
        [InlineData("New-NumberReservation -GroupId ../x -WhatIf", "../x")]
        [InlineData("$group | New-NumberReservation -PhoneNumber +447700900123 -WhatIf", "+447700900123")]
        public void New_NumberReservation_refuses_under_WhatIf_what_a_real_run_refuses_or_would_ignore(string script, string offending)
        {
            using var tc = new LoopbackModuleSession();
            tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 -OutVariable group").AssertNoErrors();

            var error = RefusedBeforeSending(tc, script);

            Assert.Equal(offending, error.TargetObject);
            Assert.Empty(tc.Emulator.ActiveReservations());
        }

        /// <summary>Runs <paramref name="script"/> and returns its one error: InvalidInput, with no output and no request sent.</summary>
        private static ErrorRecord RefusedBeforeSending<TEmulator>(LoopbackSession<TEmulator> session, string script)
            where TEmulator : Sandbox.Framework.ApiEmulator
        {
            var before = session.Emulator.RequestCount;

            var result = session.Run(script);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput,", error.FullyQualifiedErrorId);
            Assert.Empty(result.Output);
            Assert.Equal(before, session.Emulator.RequestCount);
            return error;
        }
    }
}

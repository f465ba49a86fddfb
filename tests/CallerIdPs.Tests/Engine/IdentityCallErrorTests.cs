using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Sandbox.IdentityCall;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// What an IdentityCall key may not do reaches the admin as an ErrorRecord that says what the key lacks, with a stable id,
    /// the matching category and the refused object as target; spending asks first, naming the number and its costs.
    /// </summary>
    public sealed class IdentityCallErrorTests
    {
        [Fact]
        public void A_read_only_key_lists_but_each_change_is_PermissionDenied_naming_the_write_permission()
        {
            using var idc = new IdentityCallLoopbackSession(IdentityCallEmulatorOptions.ReadOnlyKey);
            var count = idc.Run("Get-VirtualNumber -Connection IdentityCall").Output.Count;

            var result = idc.Run("Get-VirtualNumber -Connection IdentityCall | Set-VirtualNumber -Recording:$false");

            Assert.Empty(result.Output);
            Assert.Equal(count, result.Errors.Count);
            Assert.All(result.Errors, error =>
            {
                Assert.StartsWith("PermissionDenied", error.FullyQualifiedErrorId);
                Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
                Assert.IsType<IdentityCallVirtualNumber>(error.TargetObject);
                var exception = Assert.IsType<CallerIdException>(error.Exception);
                Assert.Equal(403, exception.HttpStatus);
                Assert.Equal("Write permission required", exception.ProviderMessage);
                Assert.Contains("lacks the write permission", error.ErrorDetails!.Message);
                Assert.Contains("write permission", error.ErrorDetails.RecommendedAction);
            });
            Assert.All(idc.Emulator.Numbers().Where(n => n.Id == 7 || n.Id == 9), n => Assert.True(n.Recording));
        }

        [Fact]
        public void A_read_only_key_cannot_buy_and_nothing_is_bought()
        {
            using var idc = new IdentityCallLoopbackSession(IdentityCallEmulatorOptions.ReadOnlyKey);

            var result = idc.Run("Get-AvailableNumber -Country US -Type local | Select-Object -First 1 | Invoke-NumberPurchase -Name Sales -Confirm:$false");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("PermissionDenied", error.FullyQualifiedErrorId);
            Assert.IsType<IdentityCallAvailableNumber>(error.TargetObject);
            Assert.Equal(0, idc.Emulator.PurchaseCount);
        }

        [Fact]
        public void A_key_without_read_connects_and_listing_says_it_lacks_the_read_permission()
        {
            using var idc = new IdentityCallLoopbackSession(IdentityCallEmulatorOptions.WriteOnlyKey);

            var result = idc.Run("Get-VirtualNumber -Connection IdentityCall");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("PermissionDenied", error.FullyQualifiedErrorId);
            Assert.Contains("lacks the read permission", error.ErrorDetails!.Message);
        }

        [Fact]
        public void A_project_scoped_key_gets_NotFound_outside_its_project_with_the_scope_explained()
        {
            using var idc = new IdentityCallLoopbackSession(IdentityCallEmulatorOptions.ProjectKey);

            var listed = idc.Run("Get-VirtualNumber -Connection IdentityCall").Objects<IdentityCallVirtualNumber>().Select(n => n.Id).ToList();
            var result = idc.Run("Get-VirtualNumber -Connection IdentityCall -Id 8");
            var change = idc.Run("Set-VirtualNumber -Connection IdentityCall -Id 9 -Recording:$false");

            Assert.Equal(new[] { "7", "11" }, listed);
            foreach (var error in new[] { Assert.Single(result.Errors), Assert.Single(change.Errors) })
            {
                Assert.StartsWith("NotFound", error.FullyQualifiedErrorId);
                Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
                Assert.Contains("project", error.ErrorDetails!.Message);
                Assert.Contains("account-wide key", error.ErrorDetails.RecommendedAction);
            }

            Assert.Equal("8", Assert.Single(result.Errors).TargetObject);
        }

        [Fact]
        public void An_expired_key_is_AuthenticationFailed_and_leaves_no_connection()
        {
            using var idc = new IdentityCallLoopbackSession(connectWith: null);

            var result = idc.Run("Connect-CallerIdProvider -Provider IdentityCall -ApiKey $expired -BaseUri $uri");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("AuthenticationFailed", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.Equal("Invalid or expired API key", ((CallerIdException)error.Exception).ProviderMessage);
            Assert.Equal("IdentityCall refused the API key (\"Invalid or expired API key\"): the key is wrong, revoked or expired.", error.Exception.Message);
            Assert.Empty(idc.Run("Get-CallerIdConnection").Output);
        }

        [Fact]
        public void A_key_of_the_wrong_shape_is_InvalidInput_before_any_request()
        {
            using var idc = new IdentityCallLoopbackSession(connectWith: null);
            idc.Session.SetVariable("twochatkey", IdentityCallLoopbackSession.Secure("tc-" + Guid.NewGuid().ToString("N")));

            var result = idc.Run("Connect-CallerIdProvider -Provider IdentityCall -ApiKey $twochatkey -BaseUri $uri");

            Assert.StartsWith("InvalidInput", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(0, idc.Emulator.RequestCount);
        }

        [Fact]
        public void WhatIf_on_a_purchase_names_number_provider_account_and_costs_and_buys_nothing()
        {
            using var idc = new IdentityCallLoopbackSession();
            var number = idc.Emulator.ForSale("US", "local")[0];
            idc.Session.Host.Clear();

            var result = idc.Run("Get-AvailableNumber -Country US -Type local | Select-Object -First 1 | Invoke-NumberPurchase -Name Sales -WhatIf");

            result.AssertNoErrors();
            Assert.Empty(result.Output);
            var said = idc.Session.Host.Text;
            Assert.Contains("What if:", said);
            Assert.Contains(number, said);
            Assert.Contains("IdentityCall", said);
            Assert.Contains("'Sales'", said);
            Assert.Contains("0.50 USD setup", said);
            Assert.Contains("1.15 USD a month", said);
            Assert.Equal(0, idc.Emulator.PurchaseCount);
        }

        [Fact]
        public void The_confirmation_prompt_states_the_costs_and_No_buys_nothing_while_Yes_buys()
        {
            using var idc = new IdentityCallLoopbackSession();
            idc.Session.Host.Answers.Enqueue("No");

            var declined = idc.Run("Get-AvailableNumber -Country GB -Type toll-free | Select-Object -First 1 | Invoke-NumberPurchase");

            declined.AssertNoErrors();
            Assert.Empty(declined.Output);
            var prompt = Assert.Single(idc.Session.Host.Prompts);
            Assert.Contains(idc.Emulator.ForSale("GB", "toll-free")[0], prompt);
            Assert.Contains("2.00 USD setup and 3.00 USD a month", prompt);
            Assert.Equal(0, idc.Emulator.PurchaseCount);

            idc.Session.Host.Answers.Enqueue("Yes");
            var bought = idc.Run("Get-AvailableNumber -Country GB -Type toll-free | Select-Object -First 1 | Invoke-NumberPurchase").Single<NumberPurchaseResult>();
            Assert.Equal(PurchaseStatus.Purchased, bought.Status);
            Assert.Equal(1, idc.Emulator.PurchaseCount);
        }

        [Fact]
        public void Set_VirtualNumber_WhatIf_changes_nothing()
        {
            using var idc = new IdentityCallLoopbackSession();
            var numbers = idc.Emulator.Numbers();
            var before = idc.Emulator.RequestCount;

            idc.Run("Get-VirtualNumber | Set-VirtualNumber -Recording:$false -Active:$false -WhatIf").AssertNoErrors();

            Assert.Equal(numbers, idc.Emulator.Numbers());
            Assert.Equal(1, idc.Emulator.RequestCount - before); // the list, and no update
        }

        // Issue 13: a throttled purchase is no longer sent again after the wait; the account tells what happened.
        [Fact]
        public void A_throttled_purchase_is_sent_once_and_reported_not_bought()
        {
            using var idc = new IdentityCallLoopbackSession();
            idc.Emulator.Faults.On("POST", "/api/v1/public/virtual_numbers/purchase").Times(1).Respond(429, retryAfter: TimeSpan.FromSeconds(1));

            var result = idc.Run("Get-AvailableNumber -Country US -Type mobile | Select-Object -First 1 | Invoke-NumberPurchase -Force -Verbose");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("RateLimited", error.FullyQualifiedErrorId);
            Assert.Contains("was not bought", error.Exception.Message);
            Assert.DoesNotContain(result.Verbose, v => v.Contains("retry", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(1, idc.Emulator.Faults.Injected);
            Assert.Equal(0, idc.Emulator.PurchaseCount);
        }

        [Fact]
        public void No_stream_of_any_IdentityCall_cmdlet_carries_the_key()
        {
            using var idc = new IdentityCallLoopbackSession(connectWith: null);
            var texts = new List<string>();
            void Collect(EngineResult r) => texts.AddRange(r.EverythingAsText());
            const string Loud = "-Verbose -Debug";
            idc.Run("$DebugPreference = 'Continue'; $VerbosePreference = 'Continue'");

            Collect(idc.Run($"Connect-CallerIdProvider -Provider IdentityCall -ApiKey $key -BaseUri $uri -PassThru {Loud}"));
            Collect(idc.Run("Get-CallerIdConnection"));
            Collect(idc.Run($"Get-VirtualNumber {Loud}"));
            Collect(idc.Run($"Get-VirtualNumber -Id 7 {Loud}"));
            Collect(idc.Run($"Get-VirtualNumber -Id 7 | Set-VirtualNumber -Name Desk {Loud}"));
            Collect(idc.Run($"Get-AvailableNumber -Country US -Type local {Loud} | Select-Object -First 1 | Invoke-NumberPurchase -Force {Loud}"));
            Collect(idc.Run($"Get-VirtualNumber -Id 999 {Loud}"));
            Collect(idc.Run($"Connect-CallerIdProvider -Provider IdentityCall -Name Expired -ApiKey $expired -BaseUri $uri {Loud}"));

            var everything = string.Join("\n", texts) + idc.Session.Host.Text;
            Assert.Contains("Authorization", everything);
            foreach (var key in new[] { IdentityCallEmulatorOptions.AccountKey, IdentityCallEmulatorOptions.ExpiredKey })
            {
                Assert.DoesNotContain(key.Substring(4), everything);
            }
        }
    }
}

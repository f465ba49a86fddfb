using System;
using System.Linq;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// Issue 13 item 6: a number whose group requires documents is refused with RequirementsUnmet whichever way it was
    /// found (even by -GroupId alone, without the group object), and -WhatIf states its price; nothing is posted.
    /// </summary>
    public sealed class RequirementsTests
    {
        [Theory]
        [InlineData("Get-AvailableNumber -GroupId {0} | Select-Object -First 1 | Invoke-NumberPurchase -Confirm:$false")]
        [InlineData("Find-NumberGroup -Country DE | Get-AvailableNumber | Select-Object -First 1 | Invoke-NumberPurchase -Confirm:$false")]
        [InlineData("Find-NumberGroup -Country DE | Get-AvailableNumber | Select-Object -First 1 | Invoke-NumberPurchase -Force")]
        public void A_number_with_unmet_requirements_is_refused_with_RequirementsUnmet_before_any_purchase(string script)
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 2);

            var run = fault.Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, script, FakeCatalog.TwoChatDeGroupId));

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            var posts = fault.Server.Requests.CountUnder("POST", "/open/numbers/");
            Assert.True(posts == 0, $"{posts} reservation/purchase POST(s) were sent for a number whose group requires documents. {run.Describe()}");
            Assert.True(run.Errors.Count == 1 && Outcomes.Kind(run.Errors[0]) == "RequirementsUnmet", $"Expected RequirementsUnmet. {run.Describe()}");
            var error = run.Errors[0];
            Assert.Contains(FakeCatalog.TwoChatDeRequirement, error.ToString(), StringComparison.Ordinal);
            Assert.Empty(fault.Server.Sold.All);
        }

        [Fact]
        public void WhatIf_on_a_number_found_by_GroupId_states_its_setup_and_monthly_price()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 2);
            fault.Session.Host.Clear();

            var run = fault.Run($"Get-AvailableNumber -GroupId {FakeCatalog.TwoChatDeGroupId} | Select-Object -First 1 | Invoke-NumberPurchase -WhatIf");

            run.AssertFinished();
            var shown = fault.Session.Host.Text;
            Assert.True(shown.Contains(FakeCatalog.TwoChatDeNumbers[0], StringComparison.Ordinal), $"-WhatIf does not name {FakeCatalog.TwoChatDeNumbers[0]}: [{shown}] {run.Describe()}");
            Assert.True(shown.Contains("2.00", StringComparison.Ordinal) && shown.Contains("4.00", StringComparison.Ordinal),
                $"-WhatIf does not state the setup (2.00) and monthly (4.00) price: {shown}");
            Assert.True(fault.Server.Requests.CountUnder("POST", "/open/numbers/") == 0, "-WhatIf sent a POST.");
        }

        [Fact]
        public void AllowUnmetRequirements_buys_once_and_warns_that_the_number_may_be_suspended()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 2);

            var run = fault.Run("Find-NumberGroup -Country DE | Get-AvailableNumber | Select-Object -First 1 | Invoke-NumberPurchase -AllowUnmetRequirements -Confirm:$false");

            run.AssertNoErrors();
            Assert.Equal(1, fault.Server.Requests.Count("POST", FakeCatalog.TwoChatPurchasePath));
            Assert.Equal(new[] { FakeCatalog.TwoChatDeNumbers[0] }, fault.Server.Sold.All.Select(c => c.PhoneNumber));
            Assert.Contains(run.Warnings, w => w.Contains(FakeCatalog.TwoChatDeRequirement, StringComparison.Ordinal));
        }
    }
}

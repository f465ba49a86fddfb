using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Spending money and deleting: -WhatIf changes nothing, -Confirm asks with the number, account and price.</summary>
    public sealed class ConfirmationTests : System.IDisposable
    {
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession();

        public void Dispose() => _tc.Dispose();

        [Fact]
        public void WhatIf_on_a_purchase_names_number_provider_account_and_prices_and_buys_nothing()
        {
            var reservation = _tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").Single<NumberReservation>();
            _tc.Session.Host.Clear();

            var result = _tc.Run("Get-NumberReservation | Invoke-NumberPurchase -WhatIf");

            result.AssertNoErrors();
            Assert.Empty(result.Output);
            var said = _tc.Session.Host.Text;
            Assert.Contains("What if:", said);
            Assert.Contains(reservation.PhoneNumber, said);
            Assert.Contains("2Chat", said);
            Assert.Contains("Sandbox Telephony", said);
            Assert.Contains("5.00 USD", said);
            Assert.Contains("0.00 USD", said);
            Assert.Equal(0, _tc.Emulator.PurchaseCount);
            Assert.Single(_tc.Emulator.ActiveReservations());
        }

        [Fact]
        public void WhatIf_on_removals_removes_nothing()
        {
            _tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").AssertNoErrors();
            var numbersBefore = _tc.Emulator.OwnedNumbers();

            _tc.Run("Get-NumberReservation | Remove-NumberReservation -WhatIf").AssertNoErrors();
            _tc.Run("Get-VirtualNumber | Remove-VirtualNumber -WhatIf").AssertNoErrors();

            Assert.Single(_tc.Emulator.ActiveReservations());
            Assert.Equal(numbersBefore, _tc.Emulator.OwnedNumbers());
        }

        [Fact]
        public void Confirm_prompt_states_the_price_and_No_buys_nothing()
        {
            _tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").AssertNoErrors();
            _tc.Session.Host.Answers.Enqueue("No");

            var result = _tc.Run("Get-NumberReservation | Invoke-NumberPurchase");

            result.AssertNoErrors();
            Assert.Empty(result.Output);
            var prompt = Assert.Single(_tc.Session.Host.Prompts);
            Assert.Contains("5.00 USD", prompt);
            Assert.Contains("+44", prompt);
            Assert.Equal(0, _tc.Emulator.PurchaseCount);
        }

        [Fact]
        public void Confirm_prompt_answered_Yes_buys()
        {
            _tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").AssertNoErrors();
            _tc.Session.Host.Answers.Enqueue("Yes");

            var purchase = _tc.Run("Get-NumberReservation | Invoke-NumberPurchase").Single<NumberPurchaseResult>();

            Assert.Equal(PurchaseStatus.Purchased, purchase.Status);
            Assert.Equal(1, _tc.Emulator.PurchaseCount);
        }

        [Fact]
        public void A_group_with_requirements_is_refused_even_with_Force_and_bought_with_AllowUnmetRequirements()
        {
            var refused = _tc.Run("Find-NumberGroup -Country DE -Type local | Select-Object -First 1 | Invoke-NumberPurchase -Confirm:$false");

            var error = Assert.Single(refused.Errors);
            Assert.StartsWith("RequirementsUnmet", error.FullyQualifiedErrorId);
            Assert.Contains("Proof of address required", error.Exception.Message);
            Assert.Equal(0, _tc.Emulator.PurchaseCount);

            var forcedOnly = _tc.Run("Find-NumberGroup -Country DE -Type local | Select-Object -First 1 | Invoke-NumberPurchase -Force");
            Assert.StartsWith("RequirementsUnmet", Assert.Single(forcedOnly.Errors).FullyQualifiedErrorId);
            Assert.Equal(0, _tc.Emulator.PurchaseCount);

            var forced = _tc.Run("Find-NumberGroup -Country DE -Type local | Select-Object -First 1 | Invoke-NumberPurchase -Force -AllowUnmetRequirements");

            var purchase = forced.Single<NumberPurchaseResult>();
            Assert.StartsWith("+4930", purchase.PhoneNumber);
            Assert.Contains(forced.Warnings, w => w.Contains("Proof of address required"));
            Assert.Equal(1, _tc.Emulator.PurchaseCount);
            Assert.Contains(_tc.Emulator.OwnedNumbers(), n => n.PhoneNumber == purchase.PhoneNumber && n.Status == "AWAITING_REGISTRATION");
        }

        [Fact]
        public void Buying_an_available_number_directly_sends_one_purchase()
        {
            var purchase = _tc.Run(DesignPipelines.LosAngeles555 + " | Invoke-NumberPurchase -Force").Single<NumberPurchaseResult>();

            Assert.Equal(1, _tc.Emulator.PurchaseCount);
            Assert.Contains(_tc.Emulator.OwnedNumbers(), n => n.PhoneNumber == purchase.PhoneNumber);
        }
    }
}

using System;
using System.Linq;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>-Confirm asks the -WhatIf statement as a question: each fact (number, account, price, provider's note) once.</summary>
    public sealed class ConfirmPromptTests : IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public ConfirmPromptTests() =>
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox; Connect-CallerIdProvider -Provider Plivo -Sandbox").AssertNoErrors();

        public void Dispose() => _session.Dispose();

        [Fact]
        public void The_purchase_prompt_asks_the_WhatIf_statement_once()
        {
            _session.Run("$r = Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").AssertNoErrors();
            var phone = (string)((dynamic)_session.GetVariable("r")!).PhoneNumber;
            _session.Host.Clear();
            _session.Run("$r | Invoke-NumberPurchase -WhatIf").AssertNoErrors();
            var whatIf = _session.Host.Text.Trim();

            var prompt = Ask("$r | Invoke-NumberPurchase");

            Assert.StartsWith("What if: Buy " + phone, whatIf, StringComparison.Ordinal);
            Assert.EndsWith("for 0.00 USD setup and 5.00 USD a month.", whatIf, StringComparison.Ordinal);
            Assert.Equal("Confirm\n" + whatIf.Substring("What if: ".Length).TrimEnd('.') + "?", prompt);
            Assert.Equal(1, Count(prompt, phone));
            Assert.Equal(1, Count(prompt, "5.00 USD a month"));
            Assert.Equal(1, Count(prompt, "2Chat account 'Sandbox Telephony"));
        }

        [Fact]
        public void The_Plivo_release_prompt_states_the_rent_and_the_10_day_hold_once()
        {
            var prompt = Ask("Get-VirtualNumber -Connection Plivo | Select-Object -First 1 | Remove-VirtualNumber");

            Assert.Contains("from Plivo account 'MA…TH01' (connection 'Plivo', sandbox)? ", prompt, StringComparison.Ordinal);
            Assert.Equal(1, Count(prompt, "USD a month"));
            Assert.Equal(1, Count(prompt, "10 days"));
            Assert.Equal(1, Count(prompt, "not refunded"));
        }

        [Fact]
        public void Reservation_prompts_name_the_account_and_price_once()
        {
            var reserve = Ask("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation -Confirm");
            _session.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").AssertNoErrors();
            var cancel = Ask("Get-NumberReservation | Remove-NumberReservation");

            Assert.StartsWith("Confirm\nReserve a random number of group ", reserve, StringComparison.Ordinal);
            Assert.EndsWith(", 0.00 USD setup and 5.00 USD a month if bought?", reserve, StringComparison.Ordinal);
            Assert.Equal(1, Count(reserve, "2Chat account 'Sandbox Telephony"));
            Assert.StartsWith("Confirm\nCancel the reservation of +44", cancel, StringComparison.Ordinal);
            Assert.EndsWith("(connection 'TwoChat', sandbox)?", cancel, StringComparison.Ordinal);
            Assert.Equal(1, Count(cancel, "+44"));
        }

        /// <summary>Runs <paramref name="script"/>, answers its one prompt No, and returns the prompt.</summary>
        private string Ask(string script)
        {
            var before = _session.Host.Prompts.Count;
            _session.Host.Answers.Enqueue("No");
            _session.Run(script).AssertNoErrors();
            Assert.Equal(before + 1, _session.Host.Prompts.Count);
            return _session.Host.Prompts.Last();
        }

        private static int Count(string text, string part)
        {
            var count = 0;
            for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
            return count;
        }
    }
}

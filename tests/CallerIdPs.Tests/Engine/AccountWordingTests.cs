using System;
using System.Linq;
using CallerIdPs.Connections;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Every text names the account the way -WhatIf does; IdentityCall, whose API names no account, is "the API key's".</summary>
    public sealed class AccountWordingTests : IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public AccountWordingTests() =>
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox; Connect-CallerIdProvider -Provider IdentityCall -Sandbox").AssertNoErrors();

        public void Dispose() => _session.Dispose();

        [Fact]
        public void An_IdentityCall_connection_names_its_account_as_the_API_keys()
        {
            var connection = _session.Run("Get-CallerIdConnection -Name IdentityCall").Single<CallerIdConnection>();
            _session.Host.Clear();
            _session.Run("Get-AvailableNumber -Country GB -Type toll-free | Select-Object -First 1 | Invoke-NumberPurchase -WhatIf").AssertNoErrors();

            Assert.Equal("the API key's account", connection.Account);
            Assert.Contains("from IdentityCall account of the API key (connection 'IdentityCall', sandbox) for", _session.Host.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("account (connection", _session.Host.Text, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Get-AvailableNumber -Country GB -Type toll-free | Select-Object -First 1", "IdentityCall account of the API key (connection 'IdentityCall', sandbox)")]
        [InlineData("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation", "2Chat account 'Sandbox Telephony (ACC7d649d8b)' (connection 'TwoChat', sandbox)")]
        public void A_repeated_purchase_names_the_account_as_the_WhatIf_does(string offer, string account)
        {
            _session.Run($"$n = {offer}").AssertNoErrors();
            _session.Host.Clear();
            _session.Run("$n | Invoke-NumberPurchase -WhatIf").AssertNoErrors();
            var whatIf = _session.Host.Text;
            _session.Run("$n | Invoke-NumberPurchase -Force").AssertNoErrors();

            var error = Assert.Single(_session.Run("$n | Invoke-NumberPurchase -Force").Errors);

            Assert.StartsWith("AlreadyAttempted", error.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Contains(account, whatIf, StringComparison.Ordinal);
            Assert.Contains($"already bought, or perhaps bought, on {account} at ", error.Exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("(sandbox ", error.Exception.Message, StringComparison.Ordinal);
        }
    }
}

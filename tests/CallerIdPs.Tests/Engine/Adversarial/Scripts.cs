namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>The pipelines the tests drive, as a user types them (../shared/design/cmdlets.md).</summary>
    internal static class Scripts
    {
        /// <summary>Buys the first GB mobile number 2Chat offers (FakeCatalog.TwoChatGbNumbers[0]).</summary>
        public const string BuyFirstGbNumber =
            "Find-NumberGroup -Country GB -Type mobile | Get-AvailableNumber | Select-Object -First 1 | Invoke-NumberPurchase -Confirm:$false";

        /// <summary>Buys the first US local number IdentityCall offers (FakeCatalog.IdentityCallForSale[0]).</summary>
        public const string BuyFirstIdentityCallNumber =
            "Get-AvailableNumber -Connection IdentityCall -Country US -Type local | Select-Object -First 1 | Invoke-NumberPurchase -Confirm:$false";
    }
}

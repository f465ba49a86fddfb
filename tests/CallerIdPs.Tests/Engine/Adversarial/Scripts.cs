using System;
using CallerIdPs.FaultServer;

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

    /// <summary>A provider that sells numbers, as the purchase tests need it: how to connect, what to run, what gets bought.</summary>
    internal sealed class Seller
    {
        private Seller(Action<FaultSession> connect, string purchasePath, string buyFirst, string firstNumber, string errorBody, string rateLimitBody)
        {
            RateLimitBody = rateLimitBody;
            Connect = connect;
            PurchasePath = purchasePath;
            BuyFirst = buyFirst;
            FirstNumber = firstNumber;
            ErrorBody = errorBody;
        }

        public Action<FaultSession> Connect { get; }

        public string PurchasePath { get; }

        public string BuyFirst { get; }

        public string FirstNumber { get; }

        /// <summary>The provider's own shape of a 5xx body.</summary>
        public string ErrorBody { get; }

        /// <summary>The provider's own shape of a 429 body.</summary>
        public string RateLimitBody { get; }

        public static Seller Of(string provider) => provider switch
        {
            "TwoChat" => new Seller(f => f.ConnectTwoChat(timeoutSec: 2), FakeCatalog.TwoChatPurchasePath, Scripts.BuyFirstGbNumber,
                FakeCatalog.TwoChatGbNumbers[0], "{\"success\":false,\"error\":true,\"error_message\":\"Internal error\"}",
                "{\"success\":false,\"error\":true,\"error_message\":\"Too many requests\"}"),
            "IdentityCall" => new Seller(f => f.ConnectIdentityCall(timeoutSec: 2), FakeCatalog.IdentityCallPurchasePath, Scripts.BuyFirstIdentityCallNumber,
                FakeCatalog.IdentityCallForSale[0], "{\"error\":\"Internal server error\"}", "{\"error\":\"Rate limit exceeded\"}"),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }
}

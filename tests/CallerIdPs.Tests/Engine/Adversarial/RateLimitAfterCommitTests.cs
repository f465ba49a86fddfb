using System;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// Issue 13 item 3: a 429 that arrives after the provider committed the purchase. A 429 is no proof the provider did
    /// not act, so the purchase is never re-sent and never called safe; a Retry-After longer than the module will wait
    /// fails fast with RateLimited instead of sleeping.
    /// </summary>
    public sealed class RateLimitAfterCommitTests
    {
        private const string TooMany = "{\"success\":false,\"error\":true,\"error_message\":\"Too many requests\"}";

        [Theory]
        [InlineData("TwoChat", "1")]
        [InlineData("TwoChat", "100000")]
        [InlineData("IdentityCall", "1")]
        public void A_429_after_commit_sends_the_purchase_once_and_never_calls_it_safe(string provider, string retryAfter)
        {
            var seller = Seller.Of(provider);
            using var fault = new FaultSession();
            seller.Connect(fault);
            fault.Server.Faults.On("POST", seller.PurchasePath, Fault.Answer(429, seller.RateLimitBody, retryAfter, providerActs: true));

            var run = fault.Run(seller.BuyFirst, TimeSpan.FromSeconds(20));

            Outcomes.AssertNeverSafeToRetry(run, seller.FirstNumber, fault.Server.Requests.Count("POST", seller.PurchasePath), "RateLimited");
            Outcomes.AssertNoSecret(fault, run, fault.Secrets);
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(15), $"The purchase waited on Retry-After: {retryAfter}. {run.Describe()}");
        }

        [Fact]
        public void A_Retry_After_beyond_the_modules_patience_fails_fast_with_RateLimited_and_is_not_slept_on()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 2);
            fault.Server.Faults.On("GET", FakeCatalog.TwoChatCallerIdsPath, Fault.Answer(429, TooMany, "100000"));

            var run = fault.Run("Get-CallerId -Connection TwoChat", TimeSpan.FromSeconds(15));

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            var error = Assert.Single(run.Errors);
            Assert.Equal("RateLimited", Outcomes.Kind(error));
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(5), $"RateLimited took {run.Elapsed.TotalSeconds:F1} s: the module slept on a Retry-After it would never honour.");
            Assert.Equal(1, fault.Server.Requests.Count("GET", FakeCatalog.TwoChatCallerIdsPath));
        }
    }
}

using System;
using System.Linq;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// Issue 13 items 1 and 2: the provider commits the purchase and the answer is lost (reset, 5xx, timeout), while the
    /// account lists the number only seconds later and/or without '+'. The module must never call that "not bought,
    /// safe to try again"; an old RELEASED record of the number must not pass for a purchase that did not happen.
    /// </summary>
    public sealed class LostPurchaseTests
    {
        private static readonly TimeSpan ListedLate = TimeSpan.FromSeconds(3);
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(25);

        [Theory]
        [InlineData("TwoChat", "reset", false)]
        [InlineData("TwoChat", "reset", true)]
        [InlineData("TwoChat", "midbody", true)]
        [InlineData("TwoChat", "500", true)]
        [InlineData("TwoChat", "timeout", true)]
        [InlineData("IdentityCall", "reset", true)]
        [InlineData("IdentityCall", "500", false)]
        [InlineData("IdentityCall", "timeout", true)]
        public void A_purchase_committed_then_answer_lost_is_never_reported_safe_to_retry(string provider, string loss, bool withoutPlus)
        {
            var seller = Seller.Of(provider);
            using var fault = new FaultSession(s =>
            {
                s.ListAfter = ListedLate;
                s.ListWithoutPlus = withoutPlus;
            });
            seller.Connect(fault);
            fault.Server.Faults.On("POST", seller.PurchasePath, Lost(loss, seller.ErrorBody));

            var run = fault.Run(seller.BuyFirst);

            Assert.Equal(new[] { seller.FirstNumber }, fault.Server.Sold.All.Select(c => c.PhoneNumber));
            Outcomes.AssertNeverSafeToRetry(run, seller.FirstNumber, fault.Server.Requests.Count("POST", seller.PurchasePath));
            Outcomes.AssertNoSecret(fault, run, fault.Secrets);
            Assert.True(run.Elapsed < Bound, $"Settling took {run.Elapsed.TotalSeconds:F1} s, over the {Bound.TotalSeconds} s bound.");
        }

        /// <summary>Control: listed at once and with '+', the lost answer is settled from the account as bought. Shows the
        /// assertions above can pass, and that the fault server's listings are readable by the module.</summary>
        [Fact]
        public void Control_a_committed_purchase_listed_at_once_is_settled_as_bought_once()
        {
            using var fault = new FaultSession();
            fault.ConnectTwoChat(timeoutSec: 2);
            fault.Server.Faults.On("POST", FakeCatalog.TwoChatPurchasePath, Fault.Reset(providerActs: true));

            var run = fault.Run(Scripts.BuyFirstGbNumber);

            Outcomes.AssertNeverSafeToRetry(run, FakeCatalog.TwoChatGbNumbers[0], fault.Server.Requests.Count("POST", FakeCatalog.TwoChatPurchasePath));
            Assert.Contains(run.Output, o => Outcomes.Property(o, "Status") == "Purchased");
        }

        [Fact]
        public void An_old_RELEASED_record_of_the_number_does_not_pass_for_a_purchase_that_did_not_commit()
        {
            var number = FakeCatalog.TwoChatGbNumbers[0];
            using var fault = new FaultSession(s => s.TwoChat.ReleasedNumbers.Add(number));
            fault.ConnectTwoChat(timeoutSec: 2);
            fault.Server.Faults.On("POST", FakeCatalog.TwoChatPurchasePath, Fault.Reset(providerActs: false));

            var run = fault.Run(Scripts.BuyFirstGbNumber);

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            Assert.Empty(fault.Server.Sold.All);
            Assert.Equal(1, fault.Server.Requests.Count("POST", FakeCatalog.TwoChatPurchasePath));
            Assert.False(run.Output.Any(o => Outcomes.Property(o, "Status") == "Purchased"),
                $"A RELEASED record from 2023 was reported as the purchase of {number}. {run.Describe()}");
            Assert.True(run.Errors.Count == 1, $"Expected one error for the lost purchase. {run.Describe()}");
        }

        [Fact]
        public void A_2Chat_purchase_answered_202_is_reported_once_and_pending_not_failed()
        {
            using var fault = new FaultSession(s => s.TwoChat.PurchaseIsAsync = true);
            fault.ConnectTwoChat(timeoutSec: 2);

            var run = fault.Run(Scripts.BuyFirstGbNumber);

            run.AssertNoErrors();
            var number = FakeCatalog.TwoChatGbNumbers[0];
            Assert.Equal(1, fault.Server.Requests.Count("POST", FakeCatalog.TwoChatPurchasePath));
            var result = Assert.Single(run.Output);
            Assert.Equal(number, Outcomes.Property(result, "PhoneNumber"));
            Assert.Equal("Pending", Outcomes.Property(result, "Status"));
        }

        /// <summary>How the answer to a committed purchase goes missing.</summary>
        private static Fault Lost(string loss, string errorBody) => loss switch
        {
            "reset" => Fault.Reset(providerActs: true),
            "midbody" => new Fault { Kind = FaultKind.ResetMidBody, ProviderActs = true },
            "500" => Fault.Answer(500, errorBody),
            "timeout" => new Fault { Kind = FaultKind.Stall },
            _ => throw new ArgumentOutOfRangeException(nameof(loss)),
        };
    }
}

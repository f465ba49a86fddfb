using CallerIdPs.Inventory;
using CallerIdPs.Model;
using Xunit;
using static CallerIdPs.Tests.Inventory.InventoryInputs;

namespace CallerIdPs.Tests.Inventory
{
    /// <summary>The inventory reads a caller ID through the type's own answers, so a provider it has never heard of needs no case in it.</summary>
    public sealed class CallerIdUseTests
    {
        private const string Number = "+14155550100";

        /// <summary>A caller-ID type of a provider the inventory does not know: reviewed, refused.</summary>
        private sealed class ReviewedCallerId : CallerId
        {
            public override string Status => "Refused";

            internal override bool IsBranded => true;

            internal override bool IsRejected => true;

            internal override bool IsLive => false;

            internal override string InventoryDetail => "refused";
        }

        /// <summary>A caller-ID type that overrides nothing.</summary>
        private sealed class PlainCallerId : CallerId
        {
        }

        [Fact]
        public void A_new_providers_caller_ID_answers_for_itself_and_its_rejection_is_a_finding()
        {
            var refused = new ReviewedCallerId { Id = "R1", PhoneNumber = Number };
            refused.SetOrigin(new RecordOrigin(ProviderKind.AppleBusiness, "Elsewhere"), default(System.Text.Json.JsonElement));

            Assert.True(CallerIdUse.IsBranded(refused));
            Assert.False(CallerIdUse.IsLive(refused));
            Assert.Null(CallerIdUse.Verified(refused));
            Assert.Equal("Elsewhere refused", CallerIdUse.Label(refused));

            var row = Assert.Single(InventoryJoin.Build(new VirtualNumber[] { TwoChatNumber(Number) }, new CallerId[] { refused }, Rules()));
            Assert.Contains(InventoryFinding.Rejected, row.Findings);
            Assert.Contains("Rejected: Branded caller ID R1 is Refused on Elsewhere.", row.Notes);
        }

        [Fact]
        public void A_caller_ID_that_overrides_nothing_is_live_unbranded_unverified_by_nobody_and_never_expires()
        {
            var plain = new PlainCallerId { PhoneNumber = Number };

            Assert.Null(CallerIdUse.Verified(plain));
            Assert.False(CallerIdUse.IsBranded(plain));
            Assert.False(CallerIdUse.IsRejected(plain));
            Assert.True(CallerIdUse.IsLive(plain));
            Assert.Null(CallerIdUse.ExpiresAt(plain));
            Assert.Equal("caller ID", CallerIdUse.Detail(plain));
        }

        [Fact]
        public void The_providers_types_answer_as_the_inventory_always_read_them()
        {
            Assert.Equal("TwoChat CI unverified", CallerIdUse.Label(TwoChatCallerId(Number, verified: false)));
            Assert.Equal("Plivo verified", CallerIdUse.Label(PlivoCallerId(Number)));
            Assert.Equal("AppleBusiness branded", CallerIdUse.Label(AppleCallerId(Number, state: null)));
            Assert.True(CallerIdUse.IsRejected(AppleCallerId(Number, AppleCallerIdState.Failed)));
            Assert.False(CallerIdUse.IsLive(AppleCallerId(Number, AppleCallerIdState.Deleted)));
            Assert.True(CallerIdUse.IsLive(AppleCallerId(Number, AppleCallerIdState.Processing)));
        }
    }
}

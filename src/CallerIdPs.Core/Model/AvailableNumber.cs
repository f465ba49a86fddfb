using System;
using System.Collections.Generic;

namespace CallerIdPs.Model
{
    /// <summary>A number that can be bought now.</summary>
    public abstract class AvailableNumber : ProviderRecord
    {
        public string Id { get; internal set; } = "";

        public string PhoneNumber { get; internal set; } = "";

        public string? Country { get; internal set; }

        public NumberType? Type { get; internal set; }

        public decimal? SetupPrice { get; internal set; }

        public decimal? MonthlyPrice { get; internal set; }

        public string Currency { get; internal set; } = "USD";

        public IReadOnlyList<NumberFeature> Features { get => _features; internal set => _features = TextList.Features(value); }

        private IReadOnlyList<NumberFeature> _features = TextList.Features(null);

        /// <summary>Where the number is, as the provider describes it: what tables show and a purchase confirmation names.</summary>
        public string? Location { get; internal set; }

        /// <summary>What the provider needs (address, identity, terms) before the number can be used; Invoke-NumberPurchase
        /// refuses to buy while any is unmet unless told to.</summary>
        public IReadOnlyList<NumberRequirement> Requirements { get => _requirements; internal set => _requirements = TextList.Requirements(value); }

        private IReadOnlyList<NumberRequirement> _requirements = TextList.Requirements(null);

        public override string ToString() => PhoneNumber;
    }
}

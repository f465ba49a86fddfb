using System;
using System.Collections.Generic;

namespace CallerIdPs.Model
{
    /// <summary>A group of numbers the provider sells together: one prefix, one location, one price.</summary>
    public sealed class NumberGroup : ProviderRecord
    {
        public string Id { get; internal set; } = "";

        /// <summary>Same as <see cref="Id"/>: the name under which Get-AvailableNumber and New-NumberReservation bind it.</summary>
        public string GroupId => Id;

        /// <summary>The dialling prefix, e.g. "+1 (213)".</summary>
        public string? Prefix { get; internal set; }

        public string? Location { get; internal set; }

        public string Country { get; internal set; } = "";

        public int? RegionId { get; internal set; }

        public int? CityId { get; internal set; }

        public NumberType? Type { get; internal set; }

        public decimal? SetupPrice { get; internal set; }

        public decimal? MonthlyPrice { get; internal set; }

        public decimal? PerMinutePrice { get; internal set; }

        public string Currency { get; internal set; } = "USD";

        public IReadOnlyList<NumberFeature> Features { get => _features; internal set => _features = TextList.Features(value); }

        private IReadOnlyList<NumberFeature> _features = TextList.Features(null);

        /// <summary>Documents the provider wants before numbers of this group are used; empty when none.</summary>
        public IReadOnlyList<NumberRequirement> Requirements { get => _requirements; internal set => _requirements = TextList.Requirements(value); }

        private IReadOnlyList<NumberRequirement> _requirements = TextList.Requirements(null);

        public bool HasRequirements => Requirements.Count > 0;

        /// <summary>True when Get-AvailableNumber can list the group's numbers to pick one; otherwise a number is drawn at random.</summary>
        public bool AllowNumberSelection { get; internal set; }

        public bool IsEligibleForFreeNumber { get; internal set; }

        public override string ToString() => $"{Prefix} {Location}".Trim();
    }
}

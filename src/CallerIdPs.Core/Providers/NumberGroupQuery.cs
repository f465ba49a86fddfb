using System.Collections.Generic;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>What Find-NumberGroup searches for. Country, region, city and type go to the provider; features and
    /// the price ceiling are applied to what it returns.</summary>
    public sealed class NumberGroupQuery
    {
        public string Country { get; set; } = "";
        public int? RegionId { get; set; }
        public int? CityId { get; set; }
        public string? CityNameOrPrefix { get; set; }
        public NumberType? Type { get; set; }
        public IReadOnlyCollection<NumberFeature> Features { get; set; } = new NumberFeature[0];
        public decimal? MaxMonthlyPrice { get; set; }

        public string Describe()
        {
            var parts = new List<string> { Country };
            if (Type.HasValue) parts.Add(Type.Value.ToString().ToLowerInvariant());
            if (RegionId.HasValue) parts.Add($"region {RegionId}");
            if (CityId.HasValue) parts.Add($"city {CityId}");
            if (!string.IsNullOrEmpty(CityNameOrPrefix)) parts.Add($"city or prefix '{CityNameOrPrefix}'");
            if (Features.Count > 0) parts.Add("with " + string.Join(", ", Features));
            if (MaxMonthlyPrice.HasValue) parts.Add($"at most {MaxMonthlyPrice} a month");
            return string.Join(", ", parts);
        }
    }
}

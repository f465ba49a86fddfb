using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Money
{
    /// <summary>How a number's place is said in prompts and results: " (Los Angeles, CA, local, US)".</summary>
    public static class PlaceText
    {
        public static string Where(string? location, NumberType? type, string? country)
        {
            var parts = new[] { location, type?.ToString().ToLowerInvariant(), country }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            return parts.Count == 0 ? "" : " (" + string.Join(", ", parts) + ")";
        }
    }
}

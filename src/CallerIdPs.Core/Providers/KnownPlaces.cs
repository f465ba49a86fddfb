using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Errors;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>
    /// The regions and cities a catalog has listed on this connection, so a group search that mixes places known to be
    /// apart (a US city with -Country GB, a city of another region) is refused before it is sent, without asking again.
    /// A place never listed is not judged: finding out would cost a request.
    /// </summary>
    internal sealed class KnownPlaces
    {
        private readonly Dictionary<int, HashSet<string>> _regionCountries = new Dictionary<int, HashSet<string>>();
        private readonly Dictionary<int, NumberCity> _cities = new Dictionary<int, NumberCity>();

        public void Remember(IEnumerable<NumberRegion> regions)
        {
            lock (_cities)
            {
                foreach (var region in regions)
                {
                    if (!_regionCountries.TryGetValue(region.Id, out var countries)) _regionCountries[region.Id] = countries = new HashSet<string>();
                    countries.Add(region.Country);
                }
            }
        }

        public void Remember(IEnumerable<NumberCity> cities)
        {
            lock (_cities)
            {
                foreach (var city in cities)
                {
                    // A city listed without its region keeps the region an earlier, filtered listing gave it.
                    if (city.RegionId == null && _cities.TryGetValue(city.Id, out var known) && known.Country == city.Country) continue;
                    _cities[city.Id] = city;
                }
            }
        }

        /// <summary>Throws InvalidInput, naming the conflict, when the country, region and city given cannot go together.</summary>
        public void CheckTogether(string country, int? regionId, int? cityId)
        {
            lock (_cities)
            {
                if (cityId.HasValue && _cities.TryGetValue(cityId.Value, out var city))
                {
                    if (city.Country != country)
                    {
                        throw CallerIdException.InvalidInput(cityId.Value, $"CityId {city.Id} is {city.Name} in {city.Country}, not in {country} (-Country): search {city.Country} for it, or give a city of {country}.");
                    }

                    if (regionId.HasValue && city.RegionId.HasValue && city.RegionId.Value != regionId.Value)
                    {
                        throw CallerIdException.InvalidInput(cityId.Value, $"CityId {city.Id} is {city.Name} in region {city.RegionId.Value}, not in region {regionId.Value} (-RegionId): give the city's own region, or only one of them.");
                    }
                }

                if (regionId.HasValue && _regionCountries.TryGetValue(regionId.Value, out var countries) && !countries.Contains(country))
                {
                    throw CallerIdException.InvalidInput(regionId.Value, $"RegionId {regionId.Value} is a region of {string.Join(" and ", countries.OrderBy(c => c))}, not of {country} (-Country): give one country for both.");
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Errors;
using CallerIdPs.Http;
using CallerIdPs.Model;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>What 2Chat sells and where: regions, cities, DID types, requirements, number groups and a group's numbers.</summary>
    public sealed partial class TwoChatClient : INumberCatalog
    {
        private static readonly string[] RegionCountries = { "US", "CA", "GB" };

        private IReadOnlyList<DidType>? _didTypes;

        private readonly KnownPlaces _places = new KnownPlaces();

        private readonly TwoChatGroupCache _groups = new TwoChatGroupCache();

        /// <summary>2Chat lists regions for the US, Canada and the UK only; elsewhere groups are searched by country alone.</summary>
        public IReadOnlyList<string> CountriesWithRegions => RegionCountries;

        public async Task<IReadOnlyList<NumberRegion>> ListRegionsAsync(string country, CancellationToken cancellationToken)
        {
            var code = Guard.Country(country);
            var request = ApiRequest.Get("/open/numbers/regions", $"list the regions of {code}").WithQuery("country", code);
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var regions = Parse(response, d => TwoChatParser.Regions(d, _origin, code));
            _places.Remember(regions);
            return regions;
        }

        public async Task<IReadOnlyList<NumberCity>> ListCitiesAsync(string country, int? regionId, CancellationToken cancellationToken)
        {
            var code = Guard.Country(country);
            if (regionId.HasValue) Guard.PositiveId(regionId.Value, "RegionId");
            // 2Chat calls the region filter 'region' here and 'region_id' on groups.
            var request = ApiRequest.Get("/open/numbers/cities", $"list the cities of {code}")
                .WithQuery("country", code)
                .WithQuery("region", regionId);
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var cities = Parse(response, d => TwoChatParser.Cities(d, _origin, code, regionId));
            _places.Remember(cities);
            return cities;
        }

        /// <summary>The DID types, read once per connection: requirements are asked for by type id.</summary>
        public async Task<IReadOnlyList<DidType>> ListNumberTypesAsync(CancellationToken cancellationToken)
        {
            if (_didTypes != null)
            {
                return _didTypes;
            }

            var response = await _api.SendAsync(ApiRequest.Get("/open/numbers/did-types", "list the number types"), cancellationToken).ConfigureAwait(false);
            var types = Parse(response, d => TwoChatParser.DidTypes(d, _origin));
            _didTypes = types;
            return types;
        }

        public async Task<IReadOnlyList<NumberRequirement>> ListRequirementsAsync(string country, NumberType type, CancellationToken cancellationToken)
        {
            var code = Guard.Country(country);
            var types = await ListNumberTypesAsync(cancellationToken).ConfigureAwait(false);
            var didType = types.FirstOrDefault(t => t.Type == type)
                ?? throw CallerIdException.InvalidInput(type, $"Type: 2Chat has no '{type}' numbers (its types: {string.Join(", ", types.Select(t => t.Name))}).");
            var request = ApiRequest.Get("/open/numbers/requirements", $"list the requirements for {type} numbers in {code}")
                .WithQuery("country", code)
                .WithQuery("did_type", didType.Id);
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return Parse(response, d => TwoChatParser.Requirements(d, _origin, code, type));
        }

        public async Task<IReadOnlyList<NumberGroup>> FindGroupsAsync(NumberGroupQuery query, CancellationToken cancellationToken)
        {
            var code = Guard.Country(query.Country);
            if (query.RegionId.HasValue) Guard.PositiveId(query.RegionId.Value, "RegionId");
            if (query.CityId.HasValue) Guard.PositiveId(query.CityId.Value, "CityId");
            _places.CheckTogether(code, query.RegionId, query.CityId);
            if (code == "US" && !query.RegionId.HasValue && !query.CityId.HasValue)
            {
                throw CallerIdException.InvalidInput(
                    code,
                    "2Chat needs a region or a city to search US numbers.",
                    "Pass -RegionId or -CityId, or pipe a region or city in: Get-NumberRegion -Country US | Where-Object Name -eq 'California' | Find-NumberGroup.");
            }

            var cityText = query.CityNameOrPrefix == null ? null : Guard.Alias(query.CityNameOrPrefix, "City");

            var request = ApiRequest.Get("/open/numbers/groups", $"find number groups ({query.Describe()})")
                .WithQuery("country", code)
                .WithQuery("region_id", query.RegionId)
                .WithQuery("city_id", query.CityId)
                .WithQuery("city_name_or_prefix", cityText)
                .WithQuery("did_type", query.Type?.ToTwoChatName() ?? "all");
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var groups = Parse(response, d => TwoChatParser.Groups(d, _origin, code, query.RegionId, query.CityId));
            _groups.Refresh(groups);
            return groups
                .Where(g => query.Features.All(f => g.Features.Contains(f)))
                .Where(g => !query.MaxMonthlyPrice.HasValue || (g.MonthlyPrice.HasValue && g.MonthlyPrice.Value <= query.MaxMonthlyPrice.Value))
                .ToList();
        }

        /// <summary>The numbers of a group; each is a <see cref="TwoChatAvailableNumber"/> carrying its group (and so its price and requirements).</summary>
        public async Task<IReadOnlyList<AvailableNumber>> ListAvailableNumbersAsync(string groupId, NumberGroup? group, string? contains, CancellationToken cancellationToken)
        {
            var id = Guard.Id(groupId, "GroupId");
            var fragment = contains == null ? null : Guard.DigitsFragment(contains, "Contains");
            if (group != null && !group.AllowNumberSelection)
            {
                throw NoSelection(id);
            }

            var request = ApiRequest.Get("/open/numbers/available", $"list the available numbers of group {id}")
                .WithQuery("group_id", id)
                .WithQuery("number_contains", fragment)
                .OnStatus(404, CallerIdErrorKind.NotFound, "Find-NumberGroup lists the groups that exist.")
                .OnStatus(406, CallerIdErrorKind.NotSupported, NoSelectionHint);
            var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var numbers = Parse(response, d => TwoChatParser.AvailableNumbers(d, _origin, group, id));
            if (group != null || numbers.Count == 0) return numbers;

            // Listed by group id alone (-GroupId, a CSV row): one lookup of the group for the whole listing gives every
            // number its price, type, place and requirements, as if the group had been piped.
            var found = await FindGroupAsync(id, numbers[0].PhoneNumber, cancellationToken).ConfigureAwait(false);
            if (found != null)
            {
                foreach (var number in numbers) TwoChatGroupDetails.Apply(number, found);
            }

            return numbers;
        }

        /// <summary>
        /// A group by id, for a number listed without its group: one found a short while ago on this connection
        /// (<see cref="TwoChatGroupCache"/>), or else searched in the countries the number's calling code belongs to (by
        /// region where 2Chat needs one). Null when no such group is found.
        /// </summary>
        internal async Task<NumberGroup?> FindGroupAsync(string groupId, string phoneNumber, CancellationToken cancellationToken)
        {
            var id = Guard.Id(groupId, "GroupId");
            var known = _groups.Find(id);
            if (known != null) return known;

            // Only a search (re)starts a group's lifetime: one in steady use is still read again once it is that old.
            var found = await SearchGroupAsync(id, phoneNumber, cancellationToken).ConfigureAwait(false);
            if (found != null) _groups.Remember(found);
            return found;
        }

        private async Task<NumberGroup?> SearchGroupAsync(string id, string phoneNumber, CancellationToken cancellationToken)
        {
            foreach (var country in CallingCodes.CountriesOf(phoneNumber))
            {
                if (country != "US")
                {
                    var found = (await FindGroupsAsync(new NumberGroupQuery { Country = country }, cancellationToken).ConfigureAwait(false))
                        .FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));
                    if (found != null) return found;
                }

                if (!RegionCountries.Contains(country)) continue;
                foreach (var region in await ListRegionsAsync(country, cancellationToken).ConfigureAwait(false))
                {
                    var found = (await FindGroupsAsync(new NumberGroupQuery { Country = country, RegionId = region.Id }, cancellationToken).ConfigureAwait(false))
                        .FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));
                    if (found != null) return found;
                }
            }

            return null;
        }

        private const string NoSelectionHint = "This group does not let you pick a number: pipe the group to New-NumberReservation or Invoke-NumberPurchase to get a random one.";

        private static CallerIdException NoSelection(string groupId) =>
            new CallerIdException(CallerIdErrorKind.NotSupported, $"Group {groupId} does not allow choosing a number.", NoSelectionHint) { OffendingValue = groupId };
    }
}

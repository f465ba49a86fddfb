using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using CallerIdPs.Validation;

namespace CallerIdPs.Completion
{
    /// <summary>
    /// Region ids and city names from a number catalog (<see cref="INumberCatalog"/>) for the -Country (and -RegionId)
    /// already typed, asked once per connection and kept for the session (see <see cref="ProviderLookup"/>): no
    /// connection with a catalog, or no country, completes nothing.
    /// </summary>
    public abstract class NumberPlaceCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var country = fakeBoundParameters["Country"] as string;
            if (country == null || !CountryCode.TryNormalize(country, out var code, out _))
            {
                return Enumerable.Empty<CompletionResult>();
            }

            var region = RegionOf(fakeBoundParameters["RegionId"]);
            var connection = ProviderLookup.Pick(fakeBoundParameters["Connection"], ProviderCapability.NumberCatalog);
            if (connection == null || !connection.Supports(ProviderCapability.NumberCatalog))
            {
                return Enumerable.Empty<CompletionResult>();
            }

            var places = ProviderLookup.Cached(connection, $"{GetType().Name}:{code}:{region}", ct => FetchAsync(connection.ClientAs<INumberCatalog>(), code, region, ct));
            return CompletionText.MatchingNamed(wordToComplete, places);
        }

        /// <summary>The places to offer: (value to complete, its name).</summary>
        protected abstract Task<IReadOnlyList<(string Value, string Name)>> FetchAsync(INumberCatalog catalog, string country, int? regionId, CancellationToken cancellationToken);

        /// <summary>A city's places: only those of the -RegionId already typed, when it is one.</summary>
        protected static async Task<IReadOnlyList<NumberCity>> CitiesAsync(INumberCatalog catalog, string country, int? regionId, CancellationToken cancellationToken) =>
            await catalog.ListCitiesAsync(country, regionId, cancellationToken).ConfigureAwait(false);

        private static int? RegionOf(object? given)
        {
            var value = given is PSObject wrapped ? wrapped.BaseObject : given;
            return value != null && int.TryParse(System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
                ? id
                : (int?)null;
        }
    }

    /// <summary>-RegionId: the country's regions, shown and found by name ("Cal" completes 5, shown as "5  California").</summary>
    public sealed class NumberRegionCompleter : NumberPlaceCompleter
    {
        protected override async Task<IReadOnlyList<(string Value, string Name)>> FetchAsync(INumberCatalog catalog, string country, int? regionId, CancellationToken cancellationToken) =>
            (await catalog.ListRegionsAsync(country, cancellationToken).ConfigureAwait(false))
                .Select(r => (r.RegionId.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Name)).ToList();
    }

    /// <summary>-City: the city names of the country, or of the -RegionId given.</summary>
    public sealed class NumberCityCompleter : NumberPlaceCompleter
    {
        protected override async Task<IReadOnlyList<(string Value, string Name)>> FetchAsync(INumberCatalog catalog, string country, int? regionId, CancellationToken cancellationToken) =>
            (await CitiesAsync(catalog, country, regionId, cancellationToken).ConfigureAwait(false))
                .Select(c => (c.Name, c.Name)).ToList();
    }

    /// <summary>-CityId: the city ids of the country, or of the -RegionId given, shown and found by name.</summary>
    public sealed class NumberCityIdCompleter : NumberPlaceCompleter
    {
        protected override async Task<IReadOnlyList<(string Value, string Name)>> FetchAsync(INumberCatalog catalog, string country, int? regionId, CancellationToken cancellationToken) =>
            (await CitiesAsync(catalog, country, regionId, cancellationToken).ConfigureAwait(false))
                .Select(c => (c.CityId.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Name)).ToList();
    }
}

using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;
using CallerIdPs.Validation;

namespace CallerIdPs.Completion
{
    /// <summary>
    /// Region ids and city names from 2Chat for the -Country already typed, asked once per connection and country and
    /// kept for the session. Completion never fails loudly: no connection, no country or a provider error completes nothing.
    /// </summary>
    public abstract class TwoChatPlaceCompleter : IArgumentCompleter
    {
        private static readonly TimeSpan PatienceForTheProvider = TimeSpan.FromSeconds(5);

        private static readonly ConditionalWeakTable<CallerIdConnection, ConcurrentDictionary<string, IReadOnlyList<(string, string)>>> Cache =
            new ConditionalWeakTable<CallerIdConnection, ConcurrentDictionary<string, IReadOnlyList<(string, string)>>>();

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var country = fakeBoundParameters["Country"] as string;
            if (country == null || !CountryCode.TryNormalize(country, out var code, out _))
            {
                return Enumerable.Empty<CompletionResult>();
            }

            var region = RegionOf(fakeBoundParameters["RegionId"]);

            var connection = Pick(fakeBoundParameters["Connection"]);
            if (connection == null)
            {
                return Enumerable.Empty<CompletionResult>();
            }

            try
            {
                var places = Cache.GetValue(connection, _ => new ConcurrentDictionary<string, IReadOnlyList<(string, string)>>())
                    .GetOrAdd($"{GetType().Name}:{code}:{region}", _ => FetchBriefly(connection.ClientAs<TwoChatClient>(), code, region));
                return CompletionText.MatchingNamed(wordToComplete, places);
            }
            catch (CallerIdException)
            {
                return Enumerable.Empty<CompletionResult>();
            }
        }

        /// <summary>The places to offer: (value to complete, its name).</summary>
        protected abstract Task<IReadOnlyList<(string Value, string Name)>> FetchAsync(TwoChatClient client, string country, int? regionId, CancellationToken cancellationToken);

        /// <summary>A city's places: only those of the -RegionId already typed, when it is one.</summary>
        protected static async Task<IReadOnlyList<NumberCity>> CitiesAsync(TwoChatClient client, string country, int? regionId, CancellationToken cancellationToken) =>
            await client.ListCitiesAsync(country, regionId, cancellationToken).ConfigureAwait(false);

        // Completion runs on the pipeline thread and must answer: the provider gets a few seconds, then nothing completes.
        private IReadOnlyList<(string, string)> FetchBriefly(TwoChatClient client, string country, int? regionId)
        {
            using (var patience = new CancellationTokenSource(PatienceForTheProvider))
            {
                return FetchAsync(client, country, regionId, patience.Token).GetAwaiter().GetResult();
            }
        }

        private static int? RegionOf(object? given)
        {
            var value = given is PSObject wrapped ? wrapped.BaseObject : given;
            return value != null && int.TryParse(System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
                ? id
                : (int?)null;
        }

        private static CallerIdConnection? Pick(object? given)
        {
            var registry = ConnectionRegistry.Current;
            var value = given is PSObject wrapped ? wrapped.BaseObject : given;
            if (value is CallerIdConnection connection) return connection;
            if (value is string name) return registry.Find(name);
            return registry.All.FirstOrDefault(c => c.Provider == ProviderKind.TwoChat && c.IsOpen);
        }
    }

    /// <summary>-RegionId: the country's regions, shown and found by name ("Cal" completes 5, shown as "5  California").</summary>
    public sealed class TwoChatRegionCompleter : TwoChatPlaceCompleter
    {
        protected override async Task<IReadOnlyList<(string Value, string Name)>> FetchAsync(TwoChatClient client, string country, int? regionId, CancellationToken cancellationToken) =>
            (await client.ListRegionsAsync(country, cancellationToken).ConfigureAwait(false))
                .Select(r => (r.RegionId.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Name)).ToList();
    }

    /// <summary>-City: the city names of the country, or of the -RegionId given.</summary>
    public sealed class TwoChatCityCompleter : TwoChatPlaceCompleter
    {
        protected override async Task<IReadOnlyList<(string Value, string Name)>> FetchAsync(TwoChatClient client, string country, int? regionId, CancellationToken cancellationToken) =>
            (await CitiesAsync(client, country, regionId, cancellationToken).ConfigureAwait(false))
                .Select(c => (c.Name, c.Name)).ToList();
    }

    /// <summary>-CityId: the city ids of the country, or of the -RegionId given, shown and found by name.</summary>
    public sealed class TwoChatCityIdCompleter : TwoChatPlaceCompleter
    {
        protected override async Task<IReadOnlyList<(string Value, string Name)>> FetchAsync(TwoChatClient client, string country, int? regionId, CancellationToken cancellationToken) =>
            (await CitiesAsync(client, country, regionId, cancellationToken).ConfigureAwait(false))
                .Select(c => (c.CityId.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Name)).ToList();
    }
}

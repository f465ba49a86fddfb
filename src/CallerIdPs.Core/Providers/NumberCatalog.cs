using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>A provider that publishes where and what it sells: regions, cities, number types, requirements,
    /// number groups and the numbers in a group (Get-NumberRegion, Get-NumberCity, Get-NumberType,
    /// Get-NumberRequirement, Find-NumberGroup, Get-AvailableNumber -GroupId).</summary>
    public interface INumberCatalog
    {
        /// <summary>The countries (ISO 3166 alpha-2) whose numbers are sorted by region; elsewhere groups are found by country alone.</summary>
        IReadOnlyList<string> CountriesWithRegions { get; }

        Task<IReadOnlyList<NumberRegion>> ListRegionsAsync(string country, CancellationToken cancellationToken);

        Task<IReadOnlyList<NumberCity>> ListCitiesAsync(string country, int? regionId, CancellationToken cancellationToken);

        /// <summary>The provider's number types with its ids for them.</summary>
        Task<IReadOnlyList<DidType>> ListNumberTypesAsync(CancellationToken cancellationToken);

        Task<IReadOnlyList<NumberRequirement>> ListRequirementsAsync(string country, NumberType type, CancellationToken cancellationToken);

        Task<IReadOnlyList<NumberGroup>> FindGroupsAsync(NumberGroupQuery query, CancellationToken cancellationToken);

        /// <summary>The numbers of a group for sale; <paramref name="group"/>, when known, travels with them (price, requirements).</summary>
        Task<IReadOnlyList<AvailableNumber>> ListAvailableNumbersAsync(string groupId, NumberGroup? group, string? contains, CancellationToken cancellationToken);
    }

    /// <summary>A provider that holds numbers for a while before they are bought (New/Get/Remove-NumberReservation,
    /// Invoke-NumberPurchase -ReservationId).</summary>
    public interface INumberReservations
    {
        /// <summary>What reserving this listed number means (its group, and the group itself when it travelled with
        /// the number); null when the number is not one this provider reserves. Sends nothing.</summary>
        NumberToReserve? ToReserve(AvailableNumber number);

        Task<NumberReservation> ReserveAsync(string groupId, NumberGroup? group, string? number, CancellationToken cancellationToken);

        Task<IReadOnlyList<NumberReservation>> ListReservationsAsync(CancellationToken cancellationToken);

        /// <summary>Null when the account has no active reservation with this id.</summary>
        Task<NumberReservation?> FindReservationAsync(string reservationId, CancellationToken cancellationToken);

        /// <summary>True when this connection made or listed a reservation with this id, so one that is no longer active
        /// existed (expired, cancelled or bought) rather than never being there. Sends nothing.</summary>
        bool HasSeenReservation(string reservationId);

        Task CancelReservationAsync(string reservationId, CancellationToken cancellationToken);
    }
}

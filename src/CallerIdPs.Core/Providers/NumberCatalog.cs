using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Providers
{
    /// <summary>A provider that publishes where and what it sells: regions, cities, number types, requirements,
    /// number groups and the numbers in a group (Get-NumberRegion, Get-NumberCity, Get-NumberType,
    /// Get-NumberRequirement, Find-NumberGroup, Get-AvailableNumber -GroupId).</summary>
    public interface INumberCatalog
    {
        Task<IReadOnlyList<NumberRegion>> ListRegionsAsync(string country, CancellationToken cancellationToken);

        Task<IReadOnlyList<NumberCity>> ListCitiesAsync(string country, int? regionId, CancellationToken cancellationToken);

        Task<IReadOnlyList<DidType>> ListDidTypesAsync(CancellationToken cancellationToken);

        Task<IReadOnlyList<NumberRequirement>> ListRequirementsAsync(string country, NumberType type, CancellationToken cancellationToken);

        Task<IReadOnlyList<NumberGroup>> FindGroupsAsync(NumberGroupQuery query, CancellationToken cancellationToken);

        Task<IReadOnlyList<TwoChatAvailableNumber>> ListAvailableNumbersAsync(string groupId, NumberGroup? group, string? contains, CancellationToken cancellationToken);
    }

    /// <summary>A provider that holds numbers for a while before they are bought (New/Get/Remove-NumberReservation,
    /// Invoke-NumberPurchase -ReservationId).</summary>
    public interface INumberReservations
    {
        Task<NumberReservation> ReserveAsync(string groupId, NumberGroup? group, string? number, CancellationToken cancellationToken);

        Task<IReadOnlyList<NumberReservation>> ListReservationsAsync(CancellationToken cancellationToken);

        /// <summary>Null when the account has no active reservation with this id.</summary>
        Task<NumberReservation?> FindReservationAsync(string reservationId, CancellationToken cancellationToken);

        Task CancelReservationAsync(string reservationId, CancellationToken cancellationToken);
    }
}

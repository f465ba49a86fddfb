using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CallerIdPs.Json;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>Reservations: the answer to a new one (completed from its group) and the active list.</summary>
    internal static partial class TwoChatParser
    {
        /// <summary>The answer to POST /numbers/reservations, completed from what the caller knew about the group.</summary>
        public static NumberReservation CreatedReservation(JsonDocument document, RecordOrigin origin, ReservationContext context)
        {
            var data = Data(document);
            var details = data.TryGetProperty("reservation_details", out var inner) ? inner : data;
            var wire = Read<ReservationDetailsWire>(details);
            var reservation = new NumberReservation
            {
                Id = wire.Uuid ?? "",
                PhoneNumber = wire.Number ?? "",
                CreatedAt = wire.CreatedAt,
                ExpiresAt = wire.ExpiresAt,
                GroupId = context.GroupId,
            };
            if (context.Group != null) TwoChatGroupDetails.Apply(reservation, context.Group);
            reservation.SetOrigin(origin, details);
            return reservation;
        }

        public static IReadOnlyList<NumberReservation> Reservations(JsonDocument document, RecordOrigin origin)
        {
            return Items(Data(document), "reservations").Select(element =>
            {
                var wire = Read<ReservationWire>(element);
                var reservation = new NumberReservation
                {
                    Id = wire.Uuid ?? "",
                    PhoneNumber = wire.Number ?? "",
                    GroupId = wire.DidGroupId,
                    Country = Upper(wire.IsoCountryCode),
                    Type = NumberTypes.Parse(wire.DidType),
                    Location = wire.Location,
                    SetupPrice = wire.SetupPrice,
                    MonthlyPrice = wire.MonthlyPrice,
                    PerMinutePrice = wire.Ppm,
                    CreatedAt = wire.ReservationDate,
                    ExpiresAt = wire.ReservationEndDate,
                    NeedsRegistration = wire.NeedsRegistration,
                    SupportsSmsIn = wire.SupportsSmsIn,
                    SupportsSmsOut = wire.SupportsSmsOut,
                };
                reservation.SetOrigin(origin, element);
                return reservation;
            }).ToList();
        }
    }

    /// <summary>What the caller knew about the group when it reserved a number, to complete the provider's short answer.</summary>
    internal sealed class ReservationContext
    {
        public ReservationContext(string groupId, NumberGroup? group)
        {
            GroupId = groupId;
            Group = group;
        }

        public string GroupId { get; }

        public NumberGroup? Group { get; }
    }
}

using System;
using System.Linq;
using CallerIdPs.Model;
using CallerIdPs.Providers.TwoChat;

namespace CallerIdPs.Tests.Parsing
{
    public class TwoChatReservationParsingTests
    {
        [Fact]
        public void ACreatedReservationTakesItsExpiryFromExpiresAtAndItsTermsFromTheGroup()
        {
            using var groups = ProviderExample.TwoChat("groups.from-fields.json");
            var group = TwoChatParser.Groups(groups, ProviderExample.Origin, "US", 5, null).Single();
            using var document = ProviderExample.TwoChat("reservation-create.from-fields.json");

            var reservation = TwoChatParser.CreatedReservation(document, ProviderExample.Origin, new ReservationContext(group.Id, group));

            Assert.Equal("5d0c3c8e-7f7a-4a57-9a1e-2b1f8c0d9e11", reservation.Id);
            Assert.Equal("+12135551234", reservation.PhoneNumber);
            Assert.Equal(new DateTimeOffset(2025, 8, 22, 2, 24, 40, TimeSpan.Zero), reservation.CreatedAt);
            Assert.Equal(new DateTimeOffset(2025, 8, 22, 2, 54, 40, TimeSpan.Zero), reservation.ExpiresAt);
            Assert.Equal("abc-123", reservation.GroupId);
            Assert.Equal("US", reservation.Country);
            Assert.Equal(NumberType.Local, reservation.Type);
            Assert.Equal(3.50m, reservation.MonthlyPrice);
            Assert.True(reservation.NeedsRegistration);
            Assert.True(reservation.SupportsSmsIn);
            Assert.Single(reservation.Requirements);
        }

        [Fact]
        public void ACreatedReservationWithoutAKnownGroupLeavesTheTermsUnknown()
        {
            using var document = ProviderExample.TwoChat("reservation-create.from-fields.json");

            var reservation = TwoChatParser.CreatedReservation(document, ProviderExample.Origin, new ReservationContext("abc-123", null));

            Assert.Equal("abc-123", reservation.GroupId);
            Assert.Equal(new DateTimeOffset(2025, 8, 22, 2, 54, 40, TimeSpan.Zero), reservation.ExpiresAt);
            Assert.Null(reservation.MonthlyPrice);
            Assert.Null(reservation.NeedsRegistration);
        }

        [Fact]
        public void AListedReservationTakesItsExpiryFromReservationEndDateAndPricesFromNumbers()
        {
            using var document = ProviderExample.TwoChat("reservations.from-fields.json");

            var reservation = Assert.Single(TwoChatParser.Reservations(document, ProviderExample.Origin));

            Assert.Equal("5d0c3c8e-7f7a-4a57-9a1e-2b1f8c0d9e11", reservation.Id);
            Assert.Equal("+12135551234", reservation.PhoneNumber);
            Assert.Equal("abc-123", reservation.GroupId);
            Assert.Equal(NumberType.Local, reservation.Type);
            Assert.Equal("US", reservation.Country);
            Assert.Equal("Los Angeles", reservation.Location);
            Assert.Equal(0.00m, reservation.SetupPrice);
            Assert.Equal(3.50m, reservation.MonthlyPrice);
            Assert.Equal(0.02m, reservation.PerMinutePrice);
            Assert.Equal(new DateTimeOffset(2025, 8, 22, 2, 24, 40, TimeSpan.Zero), reservation.CreatedAt);
            Assert.Equal(new DateTimeOffset(2025, 8, 22, 3, 24, 40, TimeSpan.Zero), reservation.ExpiresAt);
            Assert.True(reservation.NeedsRegistration);
            Assert.True(reservation.SupportsSmsIn);
            Assert.False(reservation.SupportsSmsOut);
            Assert.True(reservation.IsExpiredAt(new DateTimeOffset(2025, 8, 22, 3, 24, 40, TimeSpan.Zero)));
            Assert.False(reservation.IsExpiredAt(new DateTimeOffset(2025, 8, 22, 3, 24, 39, TimeSpan.Zero)));
        }

        [Fact]
        public void AListedReservationWithNullExpiryIsNeverExpired()
        {
            using var document = System.Text.Json.JsonDocument.Parse(
                @"{""success"":true,""data"":{""reservations"":[{""uuid"":""r1"",""number"":""+12135551234"",""reservation_end_date"":null}]}}");

            var reservation = Assert.Single(TwoChatParser.Reservations(document, ProviderExample.Origin));

            Assert.Null(reservation.ExpiresAt);
            Assert.False(reservation.IsExpiredAt(DateTimeOffset.MaxValue));
        }
    }
}

using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>One number to buy, with what is known about it (for the result and for the confirmation text).</summary>
    public sealed class NumberPurchaseOrder
    {
        public string PhoneNumber { get; set; } = "";

        /// <summary>The group the number belongs to; when unknown the vendor's number-only request is sent.</summary>
        public string? GroupId { get; set; }

        public string? ReservationId { get; set; }

        public string? Country { get; set; }

        public NumberType? Type { get; set; }

        public decimal? SetupPrice { get; set; }

        public decimal? MonthlyPrice { get; set; }

        public string Currency { get; set; } = "USD";

        public static NumberPurchaseOrder From(NumberReservation reservation) => new NumberPurchaseOrder
        {
            PhoneNumber = reservation.PhoneNumber,
            GroupId = reservation.GroupId,
            ReservationId = reservation.Id,
            Country = reservation.Country,
            Type = reservation.Type,
            SetupPrice = reservation.SetupPrice,
            MonthlyPrice = reservation.MonthlyPrice,
            Currency = reservation.Currency,
        };

        public static NumberPurchaseOrder From(TwoChatAvailableNumber number) => new NumberPurchaseOrder
        {
            PhoneNumber = number.PhoneNumber,
            GroupId = number.GroupId,
            Country = number.Country,
            Type = number.Type,
            SetupPrice = number.SetupPrice,
            MonthlyPrice = number.MonthlyPrice,
            Currency = number.Currency,
        };
    }
}

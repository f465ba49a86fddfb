using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>
    /// 2Chat answers a listing or a reservation with the number alone; its price, type, place and requirements are its
    /// group's. One place copies them, whether the group came down the pipeline or was looked up by its id.
    /// </summary>
    internal static class TwoChatGroupDetails
    {
        public static void Apply(TwoChatAvailableNumber number, NumberGroup group)
        {
            number.Group = group;
            number.Country = group.Country;
            number.Type = group.Type;
            number.Location = group.Location;
            number.SetupPrice = group.SetupPrice;
            number.MonthlyPrice = group.MonthlyPrice;
            number.PerMinutePrice = group.PerMinutePrice;
            number.Currency = group.Currency;
            number.Features = group.Features;
            number.Requirements = group.Requirements;
        }

        public static void Apply(NumberReservation reservation, NumberGroup group)
        {
            reservation.Country = group.Country;
            reservation.Type = group.Type;
            reservation.Location = group.Location;
            reservation.SetupPrice = group.SetupPrice;
            reservation.MonthlyPrice = group.MonthlyPrice;
            reservation.PerMinutePrice = group.PerMinutePrice;
            reservation.Currency = group.Currency;
            reservation.Requirements = group.Requirements;
            reservation.NeedsRegistration = group.HasRequirements;
            reservation.SupportsSmsIn = group.Features.Contains(NumberFeature.SmsIn);
            reservation.SupportsSmsOut = group.Features.Contains(NumberFeature.SmsOut);
        }
    }
}

namespace CallerIdPs.Model
{
    /// <summary>A number of a 2Chat group that allows number selection. Carries its group, so prices and
    /// requirements travel down the pipeline to New-NumberReservation and Invoke-NumberPurchase.</summary>
    public sealed class TwoChatAvailableNumber : AvailableNumber
    {
        public string GroupId { get; internal set; } = "";

        public decimal? PerMinutePrice { get; internal set; }

        public NumberGroup? Group { get; internal set; }
    }
}

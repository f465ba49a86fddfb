namespace CallerIdPs.Tests.Engine
{
    /// <summary>The design page's pipelines as written, for the engine tests that run them on the 2Chat sandbox.</summary>
    internal static class DesignPipelines
    {
        /// <summary>From region to one available Los Angeles number containing 555 (pipe it on to reserve or buy).</summary>
        public const string LosAngeles555 = @"
Get-NumberRegion -Country US | Where-Object Name -eq 'California' |
  Get-NumberCity | Where-Object Name -eq 'Los Angeles' |
  Find-NumberGroup -Type local | Get-AvailableNumber -Contains 555 |
  Select-Object -First 1";

        /// <summary>The design page's region-to-purchase pipeline: reserve that number, then buy the reservation.</summary>
        public const string RegionToPurchase = LosAngeles555 + " | New-NumberReservation | Invoke-NumberPurchase -Confirm:$false";
    }
}

namespace CallerIdPs.Model
{
    /// <summary>What Get-NumberInventory found worth a look. Each is evidence from the providers' lists, never a guess.</summary>
    public enum InventoryFinding
    {
        /// <summary>Released or being released, and still a caller ID or branded somewhere.</summary>
        ReleasedButCallerId,
        /// <summary>Branded on Apple, not owned on any connected provider and not a verified caller ID elsewhere.</summary>
        BrandedNotOwned,
        /// <summary>Rented on two providers or accounts.</summary>
        OwnedTwice,
        /// <summary>Renews or expires within -Within (default 30 days) from now.</summary>
        Expiring,
        /// <summary>Bought, waiting for documents before it is switched on.</summary>
        PendingDocuments,
        /// <summary>A caller ID the provider lists as not verified.</summary>
        CallerIdUnverified,
        /// <summary>An Apple branded caller ID that Apple rejected or failed.</summary>
        Rejected,
    }
}

using System;

namespace CallerIdPs.Connections
{
    /// <summary>What a provider's connection can be asked to do; cmdlets pick connections by capability.</summary>
    [Flags]
    public enum ProviderCapability
    {
        None = 0,
        ListCallerIds = 1 << 0,
        ManageCallerIds = 1 << 1,
        VerifyCallerIds = 1 << 2,
        ListVirtualNumbers = 1 << 3,
        ManageVirtualNumbers = 1 << 4,
        ReleaseVirtualNumbers = 1 << 5,
        NumberCatalog = 1 << 6,
        ListAvailableNumbers = 1 << 7,
        PurchaseNumbers = 1 << 8,
        ReserveNumbers = 1 << 9,
        /// <summary>Apple Business: create caller IDs and change their department (etag-guarded).</summary>
        BrandedCallerIds = 1 << 10,
    }
}

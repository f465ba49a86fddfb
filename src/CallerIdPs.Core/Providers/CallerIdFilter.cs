using System;

namespace CallerIdPs.Providers
{
    /// <summary>Get-CallerId filters only some providers' caller IDs carry. A provider's connector declares the ones its
    /// caller IDs have (<see cref="Connections.ProviderConnector.CallerIdFilters"/>); a refusal names those providers.</summary>
    [Flags]
    public enum CallerIdFilter
    {
        None = 0,

        /// <summary>-State: a review state.</summary>
        State = 1,

        /// <summary>-Department.</summary>
        Department = 2,

        /// <summary>-Type (<see cref="Model.CallerIdType"/>).</summary>
        Type = 4,

        /// <summary>-Subaccount.</summary>
        Subaccount = 8,

        All = State | Department | Type | Subaccount,
    }
}

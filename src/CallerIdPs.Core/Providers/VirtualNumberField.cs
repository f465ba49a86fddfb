using System;

namespace CallerIdPs.Providers
{
    /// <summary>The changes Set-VirtualNumber may make; a provider's connector declares the ones its numbers take
    /// (<see cref="Connections.ProviderConnector.VirtualNumberFields"/>), and <see cref="VirtualNumberChangeRules"/> names them in refusals.</summary>
    [Flags]
    public enum VirtualNumberField
    {
        None = 0,
        Name = 1,
        Active = 2,
        Recording = 4,
        RoutingStrategy = 8,
        Subaccount = 16,
        ApplicationId = 32,
    }
}

using CallerIdPs.Connections;

namespace CallerIdPs.Providers.AppleBusiness
{
    /// <summary>What an Apple Business connection adds: the organization and brand it works on, and Apple's environment.</summary>
    public sealed class AppleConnectionDetails : ConnectionDetails
    {
        internal AppleConnectionDetails(string? organizationId, string? brandId, AppleEnvironment environment)
        {
            OrganizationId = organizationId;
            BrandId = brandId;
            Environment = environment;
        }

        public string? OrganizationId { get; }

        public string? BrandId { get; }

        public AppleEnvironment Environment { get; }

        internal override string? AccountId => BrandId;

        public override string ToString() => $"organization {OrganizationId}, brand {BrandId}, {Environment}";
    }
}

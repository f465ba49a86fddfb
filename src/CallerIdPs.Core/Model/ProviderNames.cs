namespace CallerIdPs.Model
{
    public static class ProviderNames
    {
        /// <summary>The provider's own name, as admins know it.</summary>
        public static string DisplayName(this ProviderKind provider)
        {
            switch (provider)
            {
                case ProviderKind.TwoChat: return "2Chat";
                case ProviderKind.AppleBusiness: return "Apple Business";
                case ProviderKind.Plivo: return "Plivo";
                case ProviderKind.IdentityCall: return "IdentityCall";
                default: return provider.ToString();
            }
        }
    }
}

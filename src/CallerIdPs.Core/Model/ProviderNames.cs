namespace CallerIdPs.Model
{
    public static class ProviderNames
    {
        /// <summary>The provider's own name, as admins know it (its connector says it).</summary>
        public static string DisplayName(this ProviderKind provider) =>
            Connections.ConnectionFactory.ConnectorOf(provider)?.DisplayName ?? provider.ToString();
    }
}

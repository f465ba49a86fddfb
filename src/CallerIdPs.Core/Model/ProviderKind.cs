namespace CallerIdPs.Model
{
    /// <summary>The providers the module talks to. The names are what -Provider takes.</summary>
    public enum ProviderKind
    {
        TwoChat,
        AppleBusiness,
        Plivo,
        IdentityCall,
    }
}

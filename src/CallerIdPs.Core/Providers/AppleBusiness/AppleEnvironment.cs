namespace CallerIdPs.Connections
{
    /// <summary>Apple Business Connect's hosts: production, AIE (qualification) and DQE (data qualification).</summary>
    public enum AppleEnvironment
    {
        Production,
        Qualification,
        DataQualification,
    }
}

namespace CallerIdPs.Model
{
    /// <summary>2Chat's kinds of caller ID.</summary>
    public enum CallerIdType
    {
        /// <summary>A virtual number bought on 2Chat.</summary>
        VN,
        /// <summary>A connected WhatsApp number.</summary>
        WW,
        /// <summary>A WhatsApp Business API number.</summary>
        WA,
        /// <summary>An imported caller ID (any other number, e.g. a personal phone).</summary>
        CI,
    }
}

namespace CallerIdPs.Money
{
    internal enum SettledAs
    {
        /// <summary>The account shows the request took effect.</summary>
        Done,
        /// <summary>The account shows, for the whole settling window, that it did not.</summary>
        NotDone,
        /// <summary>The account could not be read, or what it shows proves nothing.</summary>
        Unknown,
    }

    /// <summary>What the account checks after a lost answer found, with the evidence in words.</summary>
    internal sealed class Settlement<T>
    {
        private Settlement(SettledAs outcome, T value, string evidence)
        {
            Outcome = outcome;
            Value = value;
            Evidence = evidence;
        }

        public SettledAs Outcome { get; }

        /// <summary>For <see cref="SettledAs.Done"/>: the result the request would have returned.</summary>
        public T Value { get; }

        public string Evidence { get; }

        public static Settlement<T> Done(T value, string evidence) => new Settlement<T>(SettledAs.Done, value, evidence);

        public static Settlement<T> NotDone(string evidence) => new Settlement<T>(SettledAs.NotDone, default!, evidence);

        public static Settlement<T> Unknown(string evidence) => new Settlement<T>(SettledAs.Unknown, default!, evidence);
    }
}

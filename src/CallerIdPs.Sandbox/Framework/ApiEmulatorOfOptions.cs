namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>An emulator configured by an options object (the seeded account, its credentials and limits); the defaults when none is given.</summary>
    public abstract class ApiEmulator<TOptions> : ApiEmulator
        where TOptions : class, new()
    {
        protected ApiEmulator(TOptions? options, EmulatorClock? clock)
            : base(clock)
        {
            Options = options ?? new TOptions();
        }

        public TOptions Options { get; }
    }
}

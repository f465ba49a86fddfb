using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Benchmarks
{
    /// <summary>The 2Chat emulator every listing measurement reads: <c>items</c> caller IDs, no pacing, no request quota,
    /// so what is timed is the code rather than the limit.</summary>
    internal static class ListingEmulator
    {
        public static TwoChatEmulator WithCallerIds(int items) =>
            new TwoChatEmulator(new TwoChatEmulatorOptions { CallerIdCount = items, RequestsPerMinute = 10_000_000, MaxApiRequestCount = long.MaxValue });
    }
}

using System;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>Ids drawn from an emulator's seeded random source, so the same seed always gives the same account.</summary>
    internal static class SeededIds
    {
        /// <summary>A GUID with the version nibble set (4 for random ids; Apple's etags look like version 1 time-based ones).</summary>
        public static Guid NextGuid(this Random random, int version = 4)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | (version << 4));
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes);
        }
    }
}

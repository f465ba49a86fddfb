using System;
using System.Collections.Concurrent;
using System.IO;
using System.IO.Compression;

namespace CallerIdPs.FaultServer
{
    /// <summary>Bodies that lie about their gzip encoding.</summary>
    public static class GzipBodies
    {
        private static readonly ConcurrentDictionary<long, Lazy<byte[]>> Bombs = new ConcurrentDictionary<long, Lazy<byte[]>>();

        /// <summary>
        /// A valid gzip header followed by a deflate block of the reserved type 11, then junk: any inflater fails on the
        /// first block, whatever it buffered.
        /// </summary>
        public static byte[] Corrupt()
        {
            var body = new byte[64];
            new byte[] { 0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff }.CopyTo(body, 0);
            for (var i = 10; i < body.Length; i++) body[i] = 0xff;
            return body;
        }

        /// <summary>
        /// One gzip member that inflates to <paramref name="inflatedBytes"/> zeros (1 GiB compresses to about 1 MB).
        /// Made once per size by streaming zeros through GZipStream, then reused.
        /// </summary>
        public static byte[] Bomb(long inflatedBytes) =>
            Bombs.GetOrAdd(inflatedBytes, size => new Lazy<byte[]>(() => MakeBomb(size))).Value;

        private static byte[] MakeBomb(long inflatedBytes)
        {
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                var zeros = new byte[1 << 20];
                for (long left = inflatedBytes; left > 0; left -= zeros.Length)
                {
                    gzip.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
                }
            }

            return compressed.ToArray();
        }
    }
}

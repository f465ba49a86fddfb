using System;
using System.Buffers;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>
    /// Bytes written through <see cref="IBufferWriter{T}"/> into arrays rented from the shared pool, doubling as they fill;
    /// dispose it to give the array back. netstandard2.0's System.Text.Json keeps its ArrayBufferWriter internal, and a
    /// Utf8JsonWriter over a MemoryStream grew a fresh array per page through 128 KB, on the large-object heap.
    /// </summary>
    internal sealed class GrowingByteBuffer : IBufferWriter<byte>, IDisposable
    {
        private byte[] _bytes;
        private int _written;

        public GrowingByteBuffer(int initialCapacity) => _bytes = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 256));

        public void Advance(int count)
        {
            if (count < 0 || _written + count > _bytes.Length) throw new ArgumentOutOfRangeException(nameof(count));
            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _bytes.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _bytes.AsSpan(_written);
        }

        /// <summary>The bytes written, in an array of exactly their length (the body outlives the buffer).</summary>
        public byte[] ToArray() => _bytes.AsSpan(0, _written).ToArray();

        public void Dispose()
        {
            var bytes = _bytes;
            _bytes = Array.Empty<byte>();
            _written = 0;
            if (bytes.Length > 0) ArrayPool<byte>.Shared.Return(bytes);
        }

        private void Reserve(int sizeHint)
        {
            var needed = Math.Max(sizeHint, 1);
            if (_bytes.Length - _written >= needed) return;
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _written + needed));
            _bytes.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }
    }
}

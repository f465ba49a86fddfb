using System;
using System.Collections.Generic;
using System.Text.Json;
using CallerIdPs.Json;

namespace CallerIdPs.Model
{
    /// <summary>
    /// Base of every output object: which provider and connection it came from, and the provider's raw record
    /// for anything the typed properties do not map.
    /// </summary>
    public abstract class ProviderRecord
    {
        private JsonElement _raw;
        private ReadOnlyMemory<byte> _rawUtf8;
        private IDictionary<string, object?>? _rawView;

        public ProviderKind Provider { get; internal set; }

        /// <summary>The connection that produced this object; the next cmdlet in a pipeline binds it as -Connection.</summary>
        public string ConnectionName { get; internal set; } = "";

        /// <summary>The provider's record as it sent it (an ordered dictionary of its fields).</summary>
        public IDictionary<string, object?> Raw => _rawView ??= JsonValueConverter.ToDictionary(RawJson);

        internal JsonElement RawJson
        {
            get
            {
                if (!_rawUtf8.IsEmpty)
                {
                    using (var document = JsonDocument.Parse(_rawUtf8)) _raw = document.RootElement.Clone();
                    _rawUtf8 = default;
                }

                return _raw;
            }
        }

        /// <param name="stable">The element already outlives its document (it comes from a cloned page), so it is kept as is.</param>
        internal void SetOrigin(RecordOrigin origin, JsonElement raw, bool stable = false)
        {
            Provider = origin.Provider;
            ConnectionName = origin.ConnectionName;
            _raw = raw.ValueKind == JsonValueKind.Undefined || stable ? raw : raw.Clone();
            _rawUtf8 = default;
            _rawView = null;
        }

        /// <summary>
        /// For long listings: the record's own JSON text, parsed only if someone looks at <see cref="Raw"/>
        /// (no closure, no document per record while nobody does).
        /// </summary>
        internal void SetOrigin(RecordOrigin origin, ReadOnlyMemory<byte> rawUtf8)
        {
            Provider = origin.Provider;
            ConnectionName = origin.ConnectionName;
            _raw = default;
            _rawUtf8 = rawUtf8;
            _rawView = null;
        }
    }

    /// <summary>Where parsed records come from: stamped on every object a client produces.</summary>
    public sealed class RecordOrigin
    {
        public RecordOrigin(ProviderKind provider, string connectionName)
        {
            Provider = provider;
            ConnectionName = connectionName;
        }

        public ProviderKind Provider { get; }
        public string ConnectionName { get; }

        /// <summary>Where the connection's requests that spend or delete go through: the journal and the settling rule.</summary>
        internal Money.UnsafeRequests Unsafe
        {
            get => _unsafe ??= Money.UnsafeRequests.Detached(Provider, ConnectionName);
            set => _unsafe = value;
        }

        private Money.UnsafeRequests? _unsafe;
    }
}

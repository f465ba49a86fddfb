using System;

namespace CallerIdPs.Http
{
    /// <summary>What a provider's error body and headers said, read by that provider's <see cref="IProviderErrorReader"/>.</summary>
    public sealed class ProviderError
    {
        public string? Message { get; set; }

        public string? RequestId { get; set; }

        /// <summary>Structured findings the provider sent with the error (Apple's validation reports), for the caller to show one by one.</summary>
        public object? Details { get; set; }
    }

    /// <summary>Reads one provider's error bodies. The rest of error handling is shared.</summary>
    public interface IProviderErrorReader
    {
        ProviderError Read(int status, Func<string, string?> header, byte[] body);
    }

    /// <summary>A provider that can refuse inside a 2xx answer (2Chat's {"success": false, …}) says how to tell.</summary>
    internal interface ISuccessRefusalReader
    {
        /// <summary>The refusal a successful answer's body carries, or null when it is a real success.</summary>
        ProviderError? RefusalIn(byte[] body);
    }
}

using System;

namespace CallerIdPs.FaultServer
{
    public enum FaultKind
    {
        /// <summary>Answer normally (after <see cref="Fault.Delay"/>, if any).</summary>
        None,

        /// <summary>Read the request, then reset the connection (RST) before a byte of the answer.</summary>
        ResetBeforeHeaders,

        /// <summary>Send the status line, headers and half the body, then reset.</summary>
        ResetMidBody,

        /// <summary>Never answer; hold the connection until the client gives up (or the server is disposed).</summary>
        Stall,

        /// <summary>Answer <see cref="Fault.Status"/> with <see cref="Fault.Body"/> instead of the real answer.</summary>
        Status,

        /// <summary>Answer 200 with Content-Encoding: gzip and a body that is not valid gzip.</summary>
        CorruptGzip,

        /// <summary>Send headers at once, then the body one byte per <see cref="Fault.DripInterval"/>.</summary>
        Drip,

        /// <summary>Answer 200 with Content-Encoding: gzip and a body that inflates to <see cref="Fault.BombBytes"/> of zeros.</summary>
        GzipBomb,
    }

    /// <summary>How one request (or the next few) matching a rule is mistreated.</summary>
    public sealed class Fault
    {
        public FaultKind Kind { get; set; }

        /// <summary>Whether the provider does the work (commits the purchase) before the answer is mangled. True is the
        /// dangerous case: the money is spent and the client cannot know.</summary>
        public bool ProviderActs { get; set; } = true;

        /// <summary>How many matching requests get this fault; the rest are answered normally.</summary>
        public int Times { get; set; } = int.MaxValue;

        /// <summary>Wait this long after the request arrived (and after the provider acted) before anything is sent.</summary>
        public TimeSpan Delay { get; set; }

        public int Status { get; set; } = 500;

        public string? Body { get; set; }

        public string ContentType { get; set; } = "application/json";

        public string? RetryAfter { get; set; }

        /// <summary>Extra header on the fault's answer (e.g. apple-request-id), "name: value".</summary>
        public string? Header { get; set; }

        public TimeSpan DripInterval { get; set; } = TimeSpan.FromSeconds(1);

        public long BombBytes { get; set; } = 1L << 30;

        public static Fault Reset(bool providerActs = true) => new Fault { Kind = FaultKind.ResetBeforeHeaders, ProviderActs = providerActs };

        public static Fault Answer(int status, string body, string? retryAfter = null, bool providerActs = true) =>
            new Fault { Kind = FaultKind.Status, Status = status, Body = body, RetryAfter = retryAfter, ProviderActs = providerActs };

        public override string ToString() => $"{Kind} (provider acts: {ProviderActs}, times: {Times})";
    }
}

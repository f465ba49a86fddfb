using System;

namespace CallerIdPs.Errors
{
    /// <summary>
    /// Every failure the module reports. Carries what an admin needs to act: the provider, the HTTP status,
    /// the provider's own message and request id, whether trying again could help, and a one-line hint.
    /// Messages never contain credentials: they are built from provider error bodies and our own text only.
    /// </summary>
    public class CallerIdException : Exception
    {
        public CallerIdException(CallerIdErrorKind kind, string message, string? hint = null, Exception? inner = null)
            : base(message, inner)
        {
            Kind = kind;
            Hint = hint ?? ErrorHints.For(kind);
        }

        public CallerIdErrorKind Kind { get; private set; }

        /// <summary>Display name of the provider ("2Chat"), or null when no provider was involved.</summary>
        public string? Provider { get; internal set; }

        public int? HttpStatus { get; internal set; }

        /// <summary>The provider's own error text, as it sent it.</summary>
        public string? ProviderMessage { get; internal set; }

        /// <summary>The provider's request id (Apple's apple-request-id, Plivo's api_id) to quote to its support.</summary>
        public string? RequestId { get; internal set; }

        /// <summary>Structured findings the provider sent with the error (Apple's validation reports), when it sent any.</summary>
        public object? ProviderDetails { get; internal set; }

        /// <summary>True when the same request may succeed later (throttling, outages).</summary>
        public bool IsRetryable { get; internal set; }

        /// <summary>One line that says what to do next.</summary>
        public string Hint { get; private set; }

        /// <summary>What the module was doing, e.g. "reserve +12135551234".</summary>
        public string? Operation { get; internal set; }

        /// <summary>For bad input: the value that was refused (it becomes the error record's target).</summary>
        public object? OffendingValue { get; internal set; }

        /// <summary>Seconds the provider asked us to wait (Retry-After), when it said.</summary>
        public TimeSpan? RetryAfter { get; internal set; }

        /// <summary>
        /// True when a request that changes something (a purchase, reservation, release, delete, verification start) failed
        /// in a way that does not prove the provider left it undone: its answer was lost, cut off, unreadable, a 5xx, or a
        /// 429 (no provider documents a 429 as "not processed"). Such a request is sent once and never repeated by the
        /// pipeline: settle it against the account before sending it again. False for reads and for plain refusals.
        /// </summary>
        public bool ProviderMayHaveActed { get; internal set; }

        /// <summary>
        /// The same failure, re-classified by a caller that knows what the status means for its operation; one that has
        /// checked the account says whether the provider may still have acted (false once it is known that nothing was done).
        /// </summary>
        public CallerIdException Reclassify(CallerIdErrorKind kind, string? hint = null, string? message = null, bool? providerMayHaveActed = null)
        {
            var copy = new CallerIdException(kind, message ?? Message, hint ?? ErrorHints.For(kind), InnerException)
            {
                Provider = Provider,
                HttpStatus = HttpStatus,
                ProviderMessage = ProviderMessage,
                RequestId = RequestId,
                IsRetryable = IsRetryable,
                Operation = Operation,
                RetryAfter = RetryAfter,
                ProviderMayHaveActed = providerMayHaveActed ?? ProviderMayHaveActed,
                OffendingValue = OffendingValue,
                ProviderDetails = ProviderDetails,
            };
            return copy;
        }

        /// <summary>Input that is well-formed but cannot apply (a filter the chosen provider does not have).</summary>
        public static CallerIdException InvalidInputFor(string message, object? value) =>
            new CallerIdException(CallerIdErrorKind.InvalidInput, message) { OffendingValue = value };

        internal static CallerIdException InvalidInput(object? value, string message, string? hint = null) =>
            new CallerIdException(CallerIdErrorKind.InvalidInput, message, hint) { OffendingValue = value };
    }
}

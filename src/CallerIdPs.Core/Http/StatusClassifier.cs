using CallerIdPs.Errors;

namespace CallerIdPs.Http
{
    /// <summary>The meaning of an HTTP error status, the same for every provider unless a request says otherwise.</summary>
    internal static class StatusClassifier
    {
        public static CallerIdErrorKind Kind(int status)
        {
            switch (status)
            {
                case 400: return CallerIdErrorKind.InvalidInput;
                case 401: return CallerIdErrorKind.AuthenticationFailed;
                case 402: return CallerIdErrorKind.PaymentRequired;
                case 403: return CallerIdErrorKind.PermissionDenied;
                case 404: return CallerIdErrorKind.NotFound;
                case 405:
                case 406: return CallerIdErrorKind.NotSupported;
                case 409: return CallerIdErrorKind.Conflict;
                case 412: return CallerIdErrorKind.EtagConflict;
                case 413:
                case 415:
                case 422: return CallerIdErrorKind.InvalidInput;
                case 429: return CallerIdErrorKind.RateLimited;
                case 502:
                case 503:
                case 504: return CallerIdErrorKind.ProviderUnavailable;
                default: return status >= 500 ? CallerIdErrorKind.ProviderUnavailable : CallerIdErrorKind.ProviderError;
            }
        }

        /// <summary>
        /// The one list of statuses after which the same request could succeed if sent again later: the retry stage repeats
        /// safe requests after them, and errors report them as retryable.
        /// </summary>
        public static bool IsTransient(int status) => status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;

        /// <summary>
        /// Whether an answer with this status leaves open that the provider carried the request out. A 4xx refusal means it
        /// did not, except 408 and 429: no provider documents its 429 as "not processed" (2Chat, Plivo and IdentityCall just
        /// list it; Apple does not document one), and a server may act and then be throttled on the way out, so the safe
        /// reading is that it may have acted. A 5xx may come after the work was done.
        /// </summary>
        public static bool MayHaveActed(int status) => status == 408 || status == 429 || status >= 500;
    }
}

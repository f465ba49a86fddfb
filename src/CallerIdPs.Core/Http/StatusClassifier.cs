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

        /// <summary>Whether the same request could succeed if sent again later.</summary>
        public static bool IsTransient(int status) => status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }
}

using System;
using System.Management.Automation;
using CallerIdPs.Errors;

namespace CallerIdPs.Infrastructure
{
    /// <summary>Turns module failures into ErrorRecords: the error kind is the FullyQualifiedErrorId, the category matches it,
    /// the target is the refused value or the input object, and the hint is the recommended action.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord From(CallerIdException error, object? target)
        {
            var record = new ErrorRecord(error, error.Kind.ToString(), Category(error.Kind), error.OffendingValue ?? target)
            {
                ErrorDetails = new ErrorDetails(error.Message) { RecommendedAction = error.Hint },
            };
            return record;
        }

        public static ErrorCategory Category(CallerIdErrorKind kind)
        {
            switch (kind)
            {
                case CallerIdErrorKind.CredentialMissing:
                case CallerIdErrorKind.AuthenticationFailed:
                case CallerIdErrorKind.OtpRejected: return ErrorCategory.AuthenticationError;
                case CallerIdErrorKind.PermissionDenied: return ErrorCategory.PermissionDenied;
                case CallerIdErrorKind.NotFound: return ErrorCategory.ObjectNotFound;
                case CallerIdErrorKind.InvalidInput:
                case CallerIdErrorKind.ConnectionAmbiguous: return ErrorCategory.InvalidArgument;
                case CallerIdErrorKind.RateLimited: return ErrorCategory.LimitsExceeded;
                case CallerIdErrorKind.PaymentRequired: return ErrorCategory.QuotaExceeded;
                case CallerIdErrorKind.ProviderUnavailable:
                case CallerIdErrorKind.OutcomeUnknown: return ErrorCategory.ConnectionError;
                case CallerIdErrorKind.AlreadyAttempted: return ErrorCategory.ResourceExists;
                case CallerIdErrorKind.NumberUnavailable: return ErrorCategory.ResourceUnavailable;
                case CallerIdErrorKind.ReservationExpired:
                case CallerIdErrorKind.VerificationExpired: return ErrorCategory.OperationTimeout;
                case CallerIdErrorKind.RequirementsUnmet:
                case CallerIdErrorKind.EtagConflict:
                case CallerIdErrorKind.Conflict:
                case CallerIdErrorKind.NotSupported:
                case CallerIdErrorKind.NotConnected: return ErrorCategory.InvalidOperation;
                case CallerIdErrorKind.ProviderError: return ErrorCategory.ProtocolError;
                case CallerIdErrorKind.JournalUnwritable: return ErrorCategory.WriteError;
                case CallerIdErrorKind.JournalUnreadable: return ErrorCategory.ReadError;
                default: return ErrorCategory.NotSpecified;
            }
        }
    }
}

namespace CallerIdPs.Errors
{
    /// <summary>
    /// What went wrong, independent of provider. The name is the stable FullyQualifiedErrorId a runbook branches on.
    /// </summary>
    public enum CallerIdErrorKind
    {
        CredentialMissing,
        AuthenticationFailed,
        PermissionDenied,
        NotFound,
        InvalidInput,
        RateLimited,
        ProviderUnavailable,
        NumberUnavailable,
        RequirementsUnmet,
        ReservationExpired,
        VerificationExpired,
        OtpRejected,
        EtagConflict,
        OutcomeUnknown,
        AlreadyAttempted,
        PaymentRequired,
        Conflict,
        NotSupported,
        NotConnected,
        ConnectionAmbiguous,
        ProviderError,
        /// <summary>The journal file (-JournalPath) cannot be written: nothing was sent.</summary>
        JournalUnwritable,
        /// <summary>The journal file (-JournalPath) cannot be read.</summary>
        JournalUnreadable,
    }
}

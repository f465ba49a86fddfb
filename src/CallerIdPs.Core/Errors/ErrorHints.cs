namespace CallerIdPs.Errors
{
    /// <summary>The default one-line advice for each kind of failure; providers and cmdlets refine it where they know more.</summary>
    public static class ErrorHints
    {
        public static string For(CallerIdErrorKind kind)
        {
            switch (kind)
            {
                case CallerIdErrorKind.CredentialMissing: return "Pass the credential to Connect-CallerIdProvider, or set the environment variable the error names.";
                case CallerIdErrorKind.AuthenticationFailed: return "Check the credential and connect again with Connect-CallerIdProvider.";
                case CallerIdErrorKind.PermissionDenied: return "Ask the account owner for a key or role that allows this operation.";
                case CallerIdErrorKind.NotFound: return "Check the id or number; list what exists with the matching Get- cmdlet.";
                case CallerIdErrorKind.InvalidInput: return "Correct the value and run the command again; nothing was sent to the provider.";
                case CallerIdErrorKind.RateLimited: return "Wait a minute and run it again, or spread the work over a longer time.";
                case CallerIdErrorKind.ProviderUnavailable: return "The provider is unavailable or timed out; try again in a few minutes.";
                case CallerIdErrorKind.NumberUnavailable: return "Pick another number: Get-AvailableNumber lists what can be bought now.";
                case CallerIdErrorKind.RequirementsUnmet: return "Prepare the listed documents with the provider first, or pass -AllowUnmetRequirements to buy anyway.";
                case CallerIdErrorKind.ReservationExpired: return "Reserve the number again with New-NumberReservation, then buy it before the reservation expires.";
                case CallerIdErrorKind.VerificationExpired: return "Start a new verification with Start-CallerIdVerification; a code is valid for 15 minutes.";
                case CallerIdErrorKind.OtpRejected: return "Check the code you received and confirm again, or start a new verification.";
                case CallerIdErrorKind.EtagConflict: return "The record changed since you read it: get it again with Get-CallerId and repeat the change.";
                case CallerIdErrorKind.OutcomeUnknown: return "Check the account (Get-VirtualNumber, Get-NumberReservation) before trying again.";
                case CallerIdErrorKind.AlreadyAttempted: return "Get-CallerIdJournal shows the earlier attempt; check the account, then pass -AllowRepeat if you really mean to buy it again.";
                case CallerIdErrorKind.PaymentRequired: return "The account's trial is over or its credits are spent; top it up with the provider.";
                case CallerIdErrorKind.Conflict: return "The record is in a state that does not allow this change; read it again and retry.";
                case CallerIdErrorKind.NotSupported: return "Use a connection whose provider supports this operation (Get-CallerIdConnection lists them).";
                case CallerIdErrorKind.NotConnected: return "Connect first: Connect-CallerIdProvider -Provider <name> (or -Sandbox to try the module).";
                case CallerIdErrorKind.ConnectionAmbiguous: return "Say which one with -Connection <name>.";
                default: return "Run the command again with -Verbose to see the requests and responses.";
            }
        }
    }
}

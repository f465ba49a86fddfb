using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>A provider that verifies a caller ID with a one-time code (Start/Confirm-CallerIdVerification).</summary>
    public interface ICallerIdVerifier
    {
        /// <summary>Sends the code; not repeated on failure (each attempt sends the phone a new code).</summary>
        Task<CallerIdVerification> StartVerificationAsync(string phoneNumber, string? alias, VerificationChannel channel, string? subaccount, CancellationToken cancellationToken);

        /// <summary>Completes it with the code the phone received; the caller ID as now verified.</summary>
        Task<CallerId> CompleteVerificationAsync(string verificationId, string otp, CancellationToken cancellationToken);
    }
}

using System;

namespace CallerIdPs.Model
{
    /// <summary>How a verification code reaches the phone.</summary>
    public enum VerificationChannel
    {
        Sms,
        Call,
    }

    /// <summary>A started caller-ID verification (Plivo): the OTP is on its way and holds until <see cref="ExpiresAt"/>.</summary>
    public sealed class CallerIdVerification : ProviderRecord
    {
        /// <summary>Plivo's verification_uuid.</summary>
        public string Id { get; internal set; } = "";

        /// <summary>The same id, under the name Confirm-CallerIdVerification binds from the pipeline.</summary>
        public string VerificationId => Id;

        public string PhoneNumber { get; internal set; } = "";

        /// <summary>The alias the caller ID will get.</summary>
        public string? Name { get; internal set; }

        public VerificationChannel Channel { get; internal set; }

        public string? Subaccount { get; internal set; }

        public DateTimeOffset StartedAt { get; internal set; }

        /// <summary>When the code stops working (Plivo: 15 minutes after it is sent).</summary>
        public DateTimeOffset ExpiresAt { get; internal set; }

        /// <summary>What Plivo said when it sent the code.</summary>
        public string? Message { get; internal set; }

        public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

        public override string ToString() => $"{PhoneNumber} (verification {Id})";
    }
}

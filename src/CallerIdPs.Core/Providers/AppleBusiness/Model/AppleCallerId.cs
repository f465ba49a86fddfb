using System.Collections.Generic;

namespace CallerIdPs.Model
{
    /// <summary>Where an Apple Business caller ID is in Apple's review.</summary>
    public enum AppleCallerIdState
    {
        Submitted,
        Processing,
        Published,
        Failed,
        Rejected,
        Deleted,
    }

    /// <summary>
    /// An Apple Business branded caller ID. <see cref="CallerId.Id"/> is Apple's digit string (kept as text: it overflows
    /// a double). Apple caller IDs have no display name; the department says who calls.
    /// </summary>
    public sealed class AppleCallerId : CallerId
    {
        /// <summary>Null when Apple sends a state this version does not know (the raw text is in <see cref="ProviderRecord.Raw"/>).</summary>
        public AppleCallerIdState? State { get; internal set; }

        public override string Status => State?.ToString() ?? "Unknown";

        internal override bool IsBranded => true;

        internal override bool IsRejected => State == AppleCallerIdState.Rejected || State == AppleCallerIdState.Failed;

        /// <summary>Everything but rejected, failed and deleted caller IDs.</summary>
        internal override bool IsLive => !(IsRejected || State == AppleCallerIdState.Deleted);

        internal override string InventoryDetail => State?.ToString() ?? "branded";

        /// <summary>e.g. department.general.support.customer_service.</summary>
        public string? Department { get; internal set; }

        /// <summary>The version Set-CallerId and Remove-CallerId send back in If-Match; a newer one on Apple's side is an EtagConflict.</summary>
        public string? Etag { get; internal set; }

        public string? OrganizationId { get; internal set; }

        public string? BrandId { get; internal set; }

        /// <summary>What Apple's validation said about a create or update (empty on reads).</summary>
        public IReadOnlyList<AppleValidationReport> ValidationReports { get => _validationReports; internal set => _validationReports = TextList.ValidationReports(value); }

        private IReadOnlyList<AppleValidationReport> _validationReports = TextList.ValidationReports(null);
    }
}

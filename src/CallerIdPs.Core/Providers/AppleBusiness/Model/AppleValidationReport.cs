using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.Model
{
    public enum ValidationSeverity
    {
        Info,
        Warning,
        Violation,
    }

    /// <summary>One finding of Apple's validation: {code:"VALIDATION__…", severity, message, details:{submitted:[{field, value}]}}.</summary>
    public sealed class AppleValidationReport
    {
        public string Code { get; internal set; } = "";

        public ValidationSeverity Severity { get; internal set; }

        public string? Message { get; internal set; }

        /// <summary>The submitted fields the finding is about, e.g. callerIdDetails.department.</summary>
        public IReadOnlyList<string> Fields { get; internal set; } = new string[0];

        /// <summary>"VALIDATION__DepartmentMustBeValid (callerIdDetails.department): The department is not valid."</summary>
        public override string ToString() =>
            Code + (Fields.Count > 0 ? " (" + string.Join(", ", Fields) + ")" : "") + (string.IsNullOrEmpty(Message) ? "" : ": " + Message);

        internal static bool AnyViolation(IEnumerable<AppleValidationReport> reports) => reports.Any(r => r.Severity == ValidationSeverity.Violation);
    }
}

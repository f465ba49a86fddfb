using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;

namespace CallerIdPs.Cmdlets.CallerIds
{
    /// <summary>Apple's validation reports as the user sees them: violations as errors, warnings as warnings, info as verbose,
    /// each with its code and field.</summary>
    internal static class AppleValidationOutput
    {
        /// <summary>The reports of a create or update that went through.</summary>
        public static void Write(ICmdletOutput output, AppleCallerId changed, object? target)
        {
            foreach (var report in changed.ValidationReports)
            {
                switch (report.Severity)
                {
                    case ValidationSeverity.Warning:
                        output.WriteWarning($"Apple Business, caller ID {changed.PhoneNumber}: {report}");
                        break;
                    case ValidationSeverity.Info:
                        output.WriteVerbose($"Apple Business, caller ID {changed.PhoneNumber}: {report}");
                        break;
                    default:
                        output.WriteError(new CallerIdException(CallerIdErrorKind.InvalidInput, $"Apple Business, caller ID {changed.PhoneNumber}: {report}") { Provider = changed.Provider.DisplayName() }, target);
                        break;
                }
            }
        }

        /// <summary>A refused create or update: one error per violation (warnings as warnings); false when the failure carried no reports.</summary>
        public static bool WriteRefusal(ICmdletOutput output, CallerIdException error, object? target)
        {
            if (!(error.ProviderDetails is IReadOnlyList<AppleValidationReport> reports) || reports.Count == 0 || error.Kind != CallerIdErrorKind.InvalidInput)
            {
                return false;
            }

            foreach (var report in reports.Where(r => r.Severity == ValidationSeverity.Warning))
            {
                output.WriteWarning($"{error.Provider}: {report}");
            }

            foreach (var report in reports.Where(r => r.Severity == ValidationSeverity.Violation))
            {
                var requestId = error.RequestId != null ? $" (request id {error.RequestId})" : "";
                output.WriteError(
                    error.Reclassify(CallerIdErrorKind.InvalidInput, error.Hint, $"{error.Provider} could not {error.Operation}: {report}{requestId}"),
                    target);
            }

            return true;
        }
    }
}

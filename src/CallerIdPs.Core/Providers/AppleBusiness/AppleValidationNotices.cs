using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Errors;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.AppleBusiness
{
    /// <summary>Apple's validation reports as notices: violations as errors, warnings as warnings, info as verbose, each with its code and field.</summary>
    internal static class AppleValidationNotices
    {
        /// <summary>The reports of a create or update that went through.</summary>
        public static CallerIdEdit Accepted(AppleCallerId changed)
        {
            var provider = changed.Provider.DisplayName();
            var notices = changed.ValidationReports.Select(report =>
            {
                var text = $"{provider}, caller ID {changed.PhoneNumber}: {report}";
                switch (report.Severity)
                {
                    case ValidationSeverity.Warning: return ProviderNotice.Warning(text);
                    case ValidationSeverity.Info: return ProviderNotice.Verbose(text);
                    default: return ProviderNotice.Failure(new CallerIdException(CallerIdErrorKind.InvalidInput, text) { Provider = provider });
                }
            }).ToList();
            return new CallerIdEdit(changed, notices);
        }

        /// <summary>A refused create or update: its warnings, then one error per violation; null when the failure carried no reports.</summary>
        public static CallerIdEdit? Refused(CallerIdException error)
        {
            if (!(error.ProviderDetails is IReadOnlyList<AppleValidationReport> reports) || reports.Count == 0 || error.Kind != CallerIdErrorKind.InvalidInput)
            {
                return null;
            }

            var requestId = error.RequestId != null ? $" (request id {error.RequestId})" : "";
            var warnings = reports.Where(r => r.Severity == ValidationSeverity.Warning).Select(r => ProviderNotice.Warning($"{error.Provider}: {r}"));
            var violations = reports.Where(r => r.Severity == ValidationSeverity.Violation)
                .Select(r => ProviderNotice.Failure(error.Reclassify(CallerIdErrorKind.InvalidInput, error.Hint, $"{error.Provider} could not {error.Operation}: {r}{requestId}")));
            return new CallerIdEdit(null, warnings.Concat(violations).ToList());
        }
    }
}

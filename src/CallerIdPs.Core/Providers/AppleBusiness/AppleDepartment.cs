using System.Collections.Generic;
using System.Text.RegularExpressions;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers.AppleBusiness
{
    /// <summary>Apple's departments: their form, the ones Apple documents, and Apple's declaration of what its caller IDs' edits take.</summary>
    internal static class AppleDepartment
    {
        private static readonly Regex DepartmentName = new Regex(@"^department\.[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$", RegexOptions.CultureInvariant);

        /// <summary>The values Apple documents or shows in its examples (apple-business.md names only these two; the full list is not published).</summary>
        public static IReadOnlyList<(string Value, string Description)> Known { get; } = new[]
        {
            ("department.general.support.customer_service", "Customer service (documented)"),
            ("department.general.support.service_center", "Service center (seen in Apple's list example)"),
        };

        /// <summary>Apple's caller IDs have a department, are found by Apple's id alone, and are created for a US number.</summary>
        public static CallerIdEditing Editing { get; } = new CallerIdEditing(CallerIdField.Department)
        {
            FoundById = true,
            CheckValues = change => change.Department == null ? change : change.WithValues(change.PhoneNumber, Check(change.Department)),
            CheckCreation = creation => creation.WithValues(AppleGuard.UsPhoneNumber(creation.PhoneNumber), Check(creation.Department)),
            Suggestions = field => field == CallerIdField.Department ? Known : new (string, string)[0],
            ValueOf = (callerId, field) => field == CallerIdField.Department ? (callerId as AppleCallerId)?.Department : null,
        };

        /// <summary>
        /// An Apple department: starts with "department." (Apple documents only one value, so any such name is accepted), and only
        /// letters, digits, '_', '.' and '-', so it can never change the meaning of a ql filter.
        /// </summary>
        public static string Check(string? value)
        {
            var trimmed = (value ?? "").Trim();
            if (DepartmentName.IsMatch(trimmed))
            {
                return trimmed;
            }

            throw CallerIdException.InvalidInput(
                value,
                $"Department: '{Guard.Shorten(value)}' is not a department; it starts with 'department.' and has only letters, digits, '_', '.' and '-', e.g. department.general.support.customer_service.");
        }
    }
}

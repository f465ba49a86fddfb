using System;
using System.Collections.Generic;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>The fields of a caller ID a change may set; a provider declares which its caller IDs have (<see cref="CallerIdEditing"/>).</summary>
    [Flags]
    public enum CallerIdField
    {
        None = 0,
        Alias = 1 << 0,
        Subaccount = 1 << 1,
        Department = 1 << 2,
    }

    /// <summary>What New-, Set- or Remove-CallerId was asked to do to one caller ID, as given (a piped record or its columns).</summary>
    public sealed class CallerIdChange
    {
        public CallerId? Record { get; set; }

        public string? PhoneNumber { get; set; }

        public string? Id { get; set; }

        public string? Alias { get; set; }

        public string? Subaccount { get; set; }

        public string? Department { get; set; }

        /// <summary>Remove-CallerId: the caller ID is deleted rather than changed.</summary>
        public bool IsDeletion { get; set; }

        /// <summary>How the provider names this caller ID to the user ("+18005555555 (id 42)"); set by its <see cref="ICallerIdEditor.Validate"/>, and by <see cref="ICallerIdEditor.IdentifyAsync"/> once the caller ID is read.</summary>
        public string? Subject { get; set; }

        /// <summary>The fields given a value.</summary>
        public CallerIdField Fields =>
            (Alias != null ? CallerIdField.Alias : 0) | (Subaccount != null ? CallerIdField.Subaccount : 0) | (Department != null ? CallerIdField.Department : 0);

        /// <summary>"alias 'Desk' and subaccount SA…", "department department.general.sales": what a confirmation says is set.</summary>
        public string DescribeValues()
        {
            var parts = new List<string>();
            if (Alias != null) parts.Add($"alias '{Alias}'");
            if (Subaccount != null) parts.Add($"subaccount {Subaccount}");
            if (Department != null) parts.Add($"department {Department}");
            return string.Join(" and ", parts);
        }

        /// <summary>A copy naming the caller ID by the provider's resolved number and id, and how the provider shows it.</summary>
        public CallerIdChange Identified(string? phoneNumber, string? id, string? subject = null)
        {
            var copy = (CallerIdChange)MemberwiseClone();
            copy.PhoneNumber = phoneNumber;
            copy.Id = id;
            copy.Subject = subject ?? Subject;
            return copy;
        }

        /// <summary>A copy with the values a provider checked (and normalised) before any connection was chosen.</summary>
        public CallerIdChange WithValues(string? phoneNumber, string? department)
        {
            var copy = (CallerIdChange)MemberwiseClone();
            copy.PhoneNumber = phoneNumber;
            copy.Department = department;
            return copy;
        }
    }
}

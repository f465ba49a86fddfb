using System;
using System.Collections.Generic;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>
    /// What a provider declares about editing its caller IDs, known before any connection opens (its connector's
    /// <c>CallerIdEditing</c>): the fields they have, how they are found, and the checks the provider makes of given values
    /// before a connection is chosen. <see cref="CallerIdChangeRules"/> turns the declarations into Set/New-CallerId's checks.
    /// </summary>
    public sealed class CallerIdEditing
    {
        private static readonly IReadOnlyList<(string, string)> NoSuggestions = new (string, string)[0];

        public CallerIdEditing(CallerIdField fields)
        {
            Fields = fields;
        }

        /// <summary>The fields a change of its caller IDs may set.</summary>
        public CallerIdField Fields { get; }

        /// <summary>An id alone names one of its caller IDs (its ids are its own; others find caller IDs by number).</summary>
        public bool FoundById { get; set; }

        /// <summary>Its check of a change's values before any connection is chosen, returning them normalised (InvalidInput otherwise).</summary>
        public Func<CallerIdChange, CallerIdChange>? CheckValues { get; set; }

        /// <summary>Its check of a creation (New-CallerId) before any connection is chosen; null when it creates none.</summary>
        public Func<CallerIdChange, CallerIdChange>? CheckCreation { get; set; }

        /// <summary>Values of a field worth suggesting (completion) whatever the account holds, with what each is.</summary>
        public Func<CallerIdField, IReadOnlyList<(string Value, string Description)>> Suggestions { get; set; } = _ => NoSuggestions;

        /// <summary>A field's value on one of its caller IDs (the departments an account already uses).</summary>
        public Func<CallerId, CallerIdField, string?> ValueOf { get; set; } = (_, __) => null;
    }
}

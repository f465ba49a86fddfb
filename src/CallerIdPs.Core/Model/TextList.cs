using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CallerIdPs.Model
{
    /// <summary>
    /// A read-only list whose text is its items: Export-Csv writes a property with ToString(), which for an array is the
    /// .NET type name ("CallerIdPs.Model.NumberFeature[]"); this writes "Voice, SmsIn" instead.
    /// </summary>
    public sealed class TextList<T> : ReadOnlyCollection<T>
    {
        private readonly string _separator;

        internal TextList(IEnumerable<T> items, string separator)
            : base(items.ToList())
        {
            _separator = separator;
        }

        public override string ToString() => string.Join(_separator, this);
    }

    internal static class TextList
    {
        public static TextList<NumberFeature> Features(IEnumerable<NumberFeature>? items) => new TextList<NumberFeature>(items ?? Enumerable.Empty<NumberFeature>(), ", ");

        /// <summary>Requirement descriptions are sentences that may hold commas: one a "; ".</summary>
        public static TextList<NumberRequirement> Requirements(IEnumerable<NumberRequirement>? items) => new TextList<NumberRequirement>(items ?? Enumerable.Empty<NumberRequirement>(), "; ");

        /// <summary>Apple's findings are sentences too.</summary>
        public static TextList<AppleValidationReport> ValidationReports(IEnumerable<AppleValidationReport>? items) => new TextList<AppleValidationReport>(items ?? Enumerable.Empty<AppleValidationReport>(), "; ");
    }
}

using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Errors;

namespace CallerIdPs.Providers
{
    /// <summary>Why a source cannot answer a query, and the filter value it cannot answer (the error's target).</summary>
    public sealed class FilterRefusal
    {
        public FilterRefusal(string reason, object? value)
        {
            Reason = reason;
            Value = value;
        }

        public string Reason { get; }

        /// <summary>The value as the user gave it: 'Published' for -State Published, 'x*' for -Alias x*.</summary>
        public object? Value { get; }

        public CallerIdException ToError() => CallerIdException.InvalidInputFor(Reason, Value);

        public override string ToString() => Reason;

        /// <summary>
        /// What several refusals refused, for one error about all of them: the value itself when every one refused the
        /// same, else the distinct values as an array (never a description of the whole query).
        /// </summary>
        public static object? CommonValue(IEnumerable<FilterRefusal> refusals)
        {
            var values = refusals.Select(r => r.Value).Where(v => v != null).Distinct(new ValueComparer()).ToList();
            return values.Count == 0 ? null : AsTarget(values!);
        }

        /// <summary>One value as itself, several as an array: the target reads as typed.</summary>
        public static object AsTarget<T>(IReadOnlyCollection<T> values) => values.Count == 1 ? (object)values.First()! : values.ToArray();

        /// <summary>Values compared as the user sees them: an array is equal to an array of the same items.</summary>
        private sealed class ValueComparer : IEqualityComparer<object?>
        {
            public new bool Equals(object? x, object? y) => Text(x) == Text(y);

            public int GetHashCode(object? value) => Text(value).GetHashCode();

            private static string Text(object? value) =>
                value is System.Collections.IEnumerable many && !(value is string)
                    ? string.Join("\u0001", many.Cast<object?>().Select(v => v?.ToString()))
                    : value?.ToString() ?? string.Empty;
        }
    }
}

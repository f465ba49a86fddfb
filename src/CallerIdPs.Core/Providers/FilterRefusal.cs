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
    }
}

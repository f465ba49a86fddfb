using System;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// The ToString method a date read through CallerId.Types.ps1xml carries: no argument gives ISO 8601; a format and/or a
    /// provider behave exactly as DateTimeOffset's own overloads (an instance method named ToString hides them all). It
    /// holds its date, so it costs one small object per read and no reflection per call (a PSCodeMethod compiles its
    /// invoker once per instance: about a millisecond per date written to CSV).
    /// </summary>
    public sealed class IsoDateToString : PSMethodInfo
    {
        /// <summary>ISO 8601 with the offset; fractions of a second only when there are any, so it round-trips exactly.</summary>
        public const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

        private static readonly Collection<string> Overloads = new Collection<string>
        {
            "string ToString()",
            "string ToString(string format)",
            "string ToString(System.IFormatProvider formatProvider)",
            "string ToString(string format, System.IFormatProvider formatProvider)",
        };

        private readonly DateTimeOffset _date;

        public IsoDateToString(DateTimeOffset date)
        {
            _date = date;
            SetMemberName("ToString");
        }

        public override Collection<string> OverloadDefinitions => new Collection<string>(Overloads);

        public override PSMemberTypes MemberType => PSMemberTypes.CodeMethod;

        public override string TypeNameOfValue => typeof(PSMethod).FullName!;

        public override PSMemberInfo Copy() => new IsoDateToString(_date);

        public override object Invoke(params object?[]? arguments)
        {
            var args = arguments ?? Array.Empty<object?>();
            switch (args.Length)
            {
                case 0:
                    return _date.ToString(Format, CultureInfo.InvariantCulture);
                case 1 when Unwrap(args[0]) is IFormatProvider provider:
                    return _date.ToString(provider);
                case 1:
                    return _date.ToString(Unwrap(args[0])?.ToString());
                case 2:
                    return _date.ToString(Unwrap(args[0])?.ToString(), (IFormatProvider?)Unwrap(args[1]));
                default:
                    throw new MethodException("ToString takes at most a format and a format provider, as DateTimeOffset.ToString does.");
            }
        }

        public override string ToString() => string.Join(", ", Overloads);

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}

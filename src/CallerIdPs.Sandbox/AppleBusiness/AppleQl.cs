using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CallerIdPs.Sandbox.AppleBusiness
{
    /// <summary>A ql filter that cannot be read; the emulator answers it with 400.</summary>
    internal sealed class QlException : Exception
    {
        public QlException(string message)
            : base(message)
        {
        }
    }

    /// <summary>
    /// The ql grammar, read as FIQL/RSQL: comparisons `field==v`, `!=`, `=gt=`, `=ge=`, `=lt=`, `=le=`, `=in=(a,b)`,
    /// `=out=(a,b)`, joined by `;` (AND, binds tighter) and `,` (OR). Values may be quoted with ' or ".
    /// </summary>
    internal static class AppleQl
    {
        private static readonly string[] Operators = { "==", "!=", "=gt=", "=ge=", "=lt=", "=le=", "=in=", "=out=" };

        private static readonly HashSet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
        {
            "id", "state", "createdDate", "updatedDate", "callerIdDetails.phoneNumber", "callerIdDetails.department",
        };

        public static Func<AppleCallerIdRecord, bool> Parse(string? ql)
        {
            if (string.IsNullOrEmpty(ql))
            {
                return _ => true;
            }

            var reader = new Reader(ql!);
            var filter = Or(reader);
            if (!reader.AtEnd)
            {
                throw new QlException($"Unexpected '{reader.Peek}' at position {reader.Position} of ql.");
            }

            return filter;
        }

        private static Func<AppleCallerIdRecord, bool> Or(Reader reader)
        {
            var parts = new List<Func<AppleCallerIdRecord, bool>> { And(reader) };
            while (reader.TryTake(','))
            {
                parts.Add(And(reader));
            }

            return r => parts.Any(p => p(r));
        }

        private static Func<AppleCallerIdRecord, bool> And(Reader reader)
        {
            var parts = new List<Func<AppleCallerIdRecord, bool>> { Term(reader) };
            while (reader.TryTake(';'))
            {
                parts.Add(Term(reader));
            }

            return r => parts.All(p => p(r));
        }

        private static Func<AppleCallerIdRecord, bool> Term(Reader reader)
        {
            if (reader.TryTake('('))
            {
                var inner = Or(reader);
                if (!reader.TryTake(')')) throw new QlException("A '(' in ql is not closed.");
                return inner;
            }

            var field = reader.TakeWhile(c => char.IsLetterOrDigit(c) || c == '.' || c == '_');
            if (!Fields.Contains(field))
            {
                throw new QlException(field.Length == 0 ? $"A field name is missing at position {reader.Position} of ql." : $"'{field}' is not a filterable field.");
            }

            var op = Operators.FirstOrDefault(reader.TryTake) ?? throw new QlException($"Unknown operator after '{field}'.");
            var values = new List<string>();
            if (op == "=in=" || op == "=out=")
            {
                if (!reader.TryTake('(')) throw new QlException($"{op} needs a list in parentheses.");
                do
                {
                    values.Add(reader.Value());
                }
                while (reader.TryTake(','));
                if (!reader.TryTake(')')) throw new QlException($"The list after {op} is not closed.");
            }
            else
            {
                values.Add(reader.Value());
            }

            foreach (var value in values) Check(field, value);
            return Compare(field, op, values);
        }

        private static void Check(string field, string value)
        {
            if (field == "callerIdDetails.phoneNumber" && !value.StartsWith("+", StringComparison.Ordinal))
            {
                throw new QlException($"callerIdDetails.phoneNumber '{value}' must start with '+'.");
            }

            if ((field == "createdDate" || field == "updatedDate") && !TryDate(value, out _))
            {
                throw new QlException($"{field} '{value}' is not an ISO 8601 date-time.");
            }
        }

        private static Func<AppleCallerIdRecord, bool> Compare(string field, string op, List<string> values)
        {
            if (field == "createdDate" || field == "updatedDate")
            {
                var moments = values.Select(v => { TryDate(v, out var d); return d; }).ToList();
                Func<AppleCallerIdRecord, DateTimeOffset> of = field == "createdDate" ? r => r.CreatedDate : r => r.UpdatedDate;
                switch (op)
                {
                    case "==": return r => of(r) == moments[0];
                    case "!=": return r => of(r) != moments[0];
                    case "=gt=": return r => of(r) > moments[0];
                    case "=ge=": return r => of(r) >= moments[0];
                    case "=lt=": return r => of(r) < moments[0];
                    case "=le=": return r => of(r) <= moments[0];
                    case "=in=": return r => moments.Contains(of(r));
                    default: return r => !moments.Contains(of(r));
                }
            }

            Func<AppleCallerIdRecord, string> text = Field(field);
            switch (op)
            {
                case "==": return r => text(r) == values[0];
                case "!=": return r => text(r) != values[0];
                case "=gt=": return r => string.CompareOrdinal(text(r), values[0]) > 0;
                case "=ge=": return r => string.CompareOrdinal(text(r), values[0]) >= 0;
                case "=lt=": return r => string.CompareOrdinal(text(r), values[0]) < 0;
                case "=le=": return r => string.CompareOrdinal(text(r), values[0]) <= 0;
                case "=in=": return r => values.Contains(text(r));
                default: return r => !values.Contains(text(r));
            }
        }

        private static Func<AppleCallerIdRecord, string> Field(string field)
        {
            switch (field)
            {
                case "id": return r => r.Id;
                case "state": return r => r.State;
                case "callerIdDetails.phoneNumber": return r => r.PhoneNumber;
                default: return r => r.Department;
            }
        }

        private static bool TryDate(string value, out DateTimeOffset date) =>
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date)
            && value.IndexOf('T') > 0;

        private sealed class Reader
        {
            private readonly string _text;

            public Reader(string text) => _text = text;

            public int Position { get; private set; }

            public bool AtEnd => Position >= _text.Length;

            public char Peek => _text[Position];

            public bool TryTake(char c)
            {
                if (!AtEnd && _text[Position] == c)
                {
                    Position++;
                    return true;
                }

                return false;
            }

            public bool TryTake(string token)
            {
                if (string.CompareOrdinal(_text, Position, token, 0, token.Length) == 0)
                {
                    Position += token.Length;
                    return true;
                }

                return false;
            }

            public string TakeWhile(Func<char, bool> keep)
            {
                var start = Position;
                while (!AtEnd && keep(_text[Position])) Position++;
                return _text.Substring(start, Position - start);
            }

            public string Value()
            {
                if (!AtEnd && (Peek == '\'' || Peek == '"'))
                {
                    var quote = Peek;
                    Position++;
                    var value = new StringBuilder();
                    while (!AtEnd && Peek != quote)
                    {
                        if (Peek == '\\' && Position + 1 < _text.Length) Position++;
                        value.Append(_text[Position++]);
                    }

                    if (!TryTake(quote)) throw new QlException("A quoted ql value is not closed.");
                    return value.ToString();
                }

                var plain = TakeWhile(c => c != ';' && c != ',' && c != ')' && c != '(' && c != '\'' && c != '"');
                if (plain.Length == 0) throw new QlException($"A value is missing at position {Position} of ql.");
                return plain;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CallerIdPs.Model
{
    /// <summary>
    /// A read-only list whose text is its items' text, joined. Export-Csv writes a property's ToString(), so a row's
    /// collections come out as readable text ("TwoChat Active; IdentityCall Active") instead of a type name, while the
    /// pipeline and ConvertTo-Json still see the items themselves.
    /// </summary>
    public sealed class InventoryList<T> : ReadOnlyCollection<T>
    {
        private readonly Func<T, string> _text;
        private readonly string _separator;

        internal InventoryList(IEnumerable<T> items, Func<T, string>? text = null, string separator = "; ")
            : base(items.ToList())
        {
            _text = text ?? (item => item?.ToString() ?? "");
            _separator = separator;
        }

        public override string ToString() => string.Join(_separator, this.Select(_text));
    }
}

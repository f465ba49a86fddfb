using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.Model
{
    /// <summary>Items as a message says them: "US", "US and CA", "US, CA and GB" (or "or").</summary>
    internal static class ListText
    {
        public static string Join(IReadOnlyList<string> items, string conjunction) =>
            items.Count <= 1
                ? items.FirstOrDefault() ?? ""
                : string.Join(", ", items.Take(items.Count - 1)) + $" {conjunction} " + items[items.Count - 1];
    }
}

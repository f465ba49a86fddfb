using System;
using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.FaultServer
{
    /// <summary>How the account shows what it bought: late, without '+', shared by every provider's fake.</summary>
    internal static class Listing
    {
        public static IEnumerable<Commit> Visible(FaultScenario scenario, Ledger ledger, string provider) =>
            ledger.Of(provider).Where(c => DateTimeOffset.UtcNow - c.CommittedAt >= scenario.ListAfter);

        public static string Number(FaultScenario scenario, string e164) =>
            scenario.ListWithoutPlus ? e164.TrimStart('+') : e164;

        /// <summary>The items of a page of <paramref name="size"/> at page <paramref name="page"/>, in the given shape.</summary>
        public static List<T> Page<T>(IReadOnlyList<T> all, int page, int size, PageShape shape)
        {
            size = Math.Max(1, size);
            var start = shape switch
            {
                PageShape.RepeatFirstPage => 0,
                PageShape.Overlap => page == 0 ? 0 : (page * size) - (size / 2),
                _ => page * size,
            };
            return all.Skip(Math.Max(0, start)).Take(size).ToList();
        }

        public static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
    }
}

using System;
using System.Collections.Generic;

namespace CallerIdPs.Inventory
{
    /// <summary>What the findings are judged against: the moment, the -Within window, and how complete the lists are.</summary>
    internal sealed class InventoryRules
    {
        public InventoryRules(DateTimeOffset now, TimeSpan within, IReadOnlyList<string>? numberSources = null, IReadOnlyList<string>? unread = null)
        {
            Now = now;
            Within = within;
            NumberSources = numberSources ?? Array.Empty<string>();
            Unread = unread ?? Array.Empty<string>();
        }

        public DateTimeOffset Now { get; }

        /// <summary>Expiring: a renewal or expiry before Now + Within (or already past).</summary>
        public TimeSpan Within { get; }

        /// <summary>The connections whose owned numbers were read in full: "not owned" is only claimed against them.</summary>
        public IReadOnlyList<string> NumberSources { get; }

        /// <summary>The connections that could not be read: every row is marked incomplete, and absence is not evidence.</summary>
        public IReadOnlyList<string> Unread { get; }

        public bool Complete => Unread.Count == 0;
    }
}

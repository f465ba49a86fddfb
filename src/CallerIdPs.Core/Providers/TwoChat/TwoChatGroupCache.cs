using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Providers.TwoChat
{
    /// <summary>
    /// Groups one connection has found by id, so rows of the same group (Import-Csv | Get-AvailableNumber,
    /// New-NumberReservation -GroupId in a loop) do not search 2Chat again: finding one is a scan of its country, region
    /// by region for US, CA and GB numbers, and every 2Chat call costs a credit.
    /// A group's prices and requirements can change, and they decide what a purchase is shown to cost and whether it is
    /// refused, so a group is kept for <see cref="Lifetime"/> only: no older than a group piped from a Find-NumberGroup
    /// run a few minutes before. A later search that lists the group replaces it with what 2Chat says now.
    /// At most <see cref="Capacity"/> groups are kept; the oldest found goes first.
    /// </summary>
    internal sealed class TwoChatGroupCache
    {
        public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

        public const int Capacity = 100;

        private readonly Dictionary<string, (NumberGroup Group, DateTimeOffset FoundAt)> _groups =
            new Dictionary<string, (NumberGroup, DateTimeOffset)>(StringComparer.OrdinalIgnoreCase);

        private readonly Func<DateTimeOffset> _now;

        public TwoChatGroupCache(Func<DateTimeOffset>? now = null)
        {
            _now = now ?? (() => DateTimeOffset.UtcNow);
        }

        /// <summary>The group with this id, when it was found less than <see cref="Lifetime"/> ago; otherwise null.</summary>
        public NumberGroup? Find(string id)
        {
            lock (_groups)
            {
                if (!_groups.TryGetValue(id, out var known)) return null;
                if (_now() - known.FoundAt < Lifetime) return known.Group;
                _groups.Remove(id);
                return null;
            }
        }

        public void Remember(NumberGroup group)
        {
            lock (_groups)
            {
                _groups[group.Id] = (group, _now());
                if (_groups.Count > Capacity)
                {
                    _groups.Remove(_groups.OrderBy(g => g.Value.FoundAt).First().Key);
                }
            }
        }

        /// <summary>Replaces the kept groups that a fresh search listed again; adds none.</summary>
        public void Refresh(IEnumerable<NumberGroup> listed)
        {
            lock (_groups)
            {
                if (_groups.Count == 0) return;
                foreach (var group in listed)
                {
                    if (_groups.ContainsKey(group.Id)) _groups[group.Id] = (group, _now());
                }
            }
        }
    }
}

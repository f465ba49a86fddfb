using System;
using System.Collections.Generic;

namespace CallerIdPs.Model
{
    /// <summary>How IdentityCall rings a number's operators.</summary>
    public enum RoutingStrategy
    {
        /// <summary>One operator after another, by priority (wire: priority).</summary>
        Priority,
        /// <summary>Operators take turns (wire: round_robin).</summary>
        RoundRobin,
        /// <summary>Every operator at once (wire: simultaneous).</summary>
        Simultaneous,
    }

    public static class RoutingStrategies
    {
        /// <summary>IdentityCall's spelling: priority, round_robin, simultaneous.</summary>
        public static string ToWireName(this RoutingStrategy strategy) =>
            strategy == RoutingStrategy.RoundRobin ? "round_robin" : strategy.ToString().ToLowerInvariant();

        public static RoutingStrategy? Parse(string? text)
        {
            switch ((text ?? "").Trim().Replace("_", "").Replace("-", "").ToLowerInvariant())
            {
                case "priority": return RoutingStrategy.Priority;
                case "roundrobin": return RoutingStrategy.RoundRobin;
                case "simultaneous": return RoutingStrategy.Simultaneous;
                default: return null;
            }
        }
    }

    /// <summary>
    /// An IdentityCall virtual number. The list gives the common properties, the first three operators and their count;
    /// Get-VirtualNumber -Id (and Set-VirtualNumber) give the detail record, with <see cref="IsDetailed"/> set and the
    /// routing, recording, statistics, every operator and the ten most recent calls filled in.
    /// </summary>
    public sealed class IdentityCallVirtualNumber : VirtualNumber
    {
        /// <summary>IdentityCall's numeric id (<see cref="VirtualNumber.Id"/> as a number).</summary>
        public long NumberId { get; internal set; }

        public bool AiReceptionistEnabled { get; internal set; }

        /// <summary>The list's operators hold only the first three; the detail record holds all of them, with priorities.</summary>
        public IReadOnlyList<IdentityCallOperator> Operators { get; internal set; } = Array.Empty<IdentityCallOperator>();

        /// <summary>How many operators the number has in total.</summary>
        public int OperatorCount { get; internal set; }

        /// <summary>True for the detail record (GET /virtual_numbers/{id} or an update's answer); the properties below are null otherwise.</summary>
        public bool IsDetailed { get; internal set; }

        /// <summary>Calls are recorded. Null when the record is not the detail record.</summary>
        public bool? Recording { get; internal set; }

        /// <summary>Null when the record is not the detail record, or when IdentityCall sent a strategy the module does not know.</summary>
        public RoutingStrategy? RoutingStrategy { get; internal set; }

        public IdentityCallNumberStats? Stats { get; internal set; }

        /// <summary>The account's operators that could be added to the number (detail record only).</summary>
        public IReadOnlyList<IdentityCallOperator> AvailableOperators { get; internal set; } = Array.Empty<IdentityCallOperator>();

        /// <summary>The ten newest calls (detail record only).</summary>
        public IReadOnlyList<IdentityCallRecentCall> RecentCalls { get; internal set; } = Array.Empty<IdentityCallRecentCall>();
    }

    /// <summary>A person IdentityCall rings for a number.</summary>
    public sealed class IdentityCallOperator
    {
        public long Id { get; internal set; }

        public string Name { get; internal set; } = "";

        public string? Initials { get; internal set; }

        /// <summary>E.164 text; only the detail record carries it.</summary>
        public string? PhoneNumber { get; internal set; }

        /// <summary>Ringing order under the priority strategy, from 0; only the detail record carries it.</summary>
        public int? Priority { get; internal set; }

        public override string ToString() => Name;
    }

    /// <summary>A number's call statistics, as IdentityCall counts them.</summary>
    public sealed class IdentityCallNumberStats
    {
        public int TotalCalls { get; internal set; }

        public int AnsweredCalls { get; internal set; }

        public int MissedCalls { get; internal set; }

        public decimal? AverageDurationSeconds { get; internal set; }

        public override string ToString() => $"{TotalCalls} calls, {AnsweredCalls} answered, {MissedCalls} missed";
    }

    /// <summary>One of a number's recent calls.</summary>
    public sealed class IdentityCallRecentCall
    {
        public long Id { get; internal set; }

        /// <summary>The other party's number.</summary>
        public string? PhoneNumber { get; internal set; }

        public string? CallerName { get; internal set; }

        /// <summary>IdentityCall's call_status, as sent (the spec does not list its values).</summary>
        public string? Status { get; internal set; }

        /// <summary>call_duration, in seconds.</summary>
        public int? DurationSeconds { get; internal set; }

        /// <summary>IdentityCall's direction, as sent (inbound/outbound).</summary>
        public string? Direction { get; internal set; }

        public bool AiHandled { get; internal set; }

        public string? TranscriptSummary { get; internal set; }

        public DateTimeOffset? CreatedAt { get; internal set; }

        public override string ToString() => $"{CreatedAt:u} {Direction} {PhoneNumber} {Status}".Trim();
    }

    /// <summary>A number IdentityCall sells now (GET /virtual_numbers/available). Buy it with Invoke-NumberPurchase.</summary>
    public sealed class IdentityCallAvailableNumber : AvailableNumber
    {
        /// <summary>IdentityCall's number_type as sent ("toll-free"), which the purchase sends back.</summary>
        public string? NumberTypeName { get; internal set; }

        /// <summary>Where the number is, as IdentityCall describes it (rate centre, state, country…).</summary>
        public IReadOnlyList<IdentityCallRegion> Regions { get; internal set; } = Array.Empty<IdentityCallRegion>();
    }

    /// <summary>One entry of an available number's region_information.</summary>
    public sealed class IdentityCallRegion
    {
        public string? RegionType { get; internal set; }

        public string? RegionName { get; internal set; }

        public override string ToString() => RegionType == null ? RegionName ?? "" : $"{RegionType}: {RegionName}";
    }
}

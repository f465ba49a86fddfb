using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>Get-CallerId's filters, provider-neutral. Each source applies what its API can filter on and
    /// filters the rest as items arrive.</summary>
    public sealed class CallerIdQuery
    {
        /// <summary>E.164, already normalised.</summary>
        public string? PhoneNumber { get; set; }

        /// <summary>Any of these E.164 numbers (numbers piped in by property name are looked up in one pass).</summary>
        public IReadOnlyCollection<string>? PhoneNumbers { get; set; }

        /// <summary>ISO alpha-2, already normalised.</summary>
        public string? Country { get; set; }

        public IReadOnlyCollection<CallerIdType>? Types { get; set; }

        public bool? Verified { get; set; }

        /// <summary>The -Alias pattern as typed (wildcards allowed), for display and refusals.</summary>
        public string? NamePattern { get; set; }

        /// <summary>Plivo: the subaccount's Auth ID.</summary>
        public string? Subaccount { get; set; }

        /// <summary>The -Alias pattern compiled by the caller (PowerShell wildcard semantics, case-insensitive). Applied
        /// only here, in <see cref="MatchesCommon"/>: no provider documents how its own name filter treats case.</summary>
        public Func<string?, bool>? NameMatches { get; set; }

        public DateTimeOffset? CreatedAfter { get; set; }

        public DateTimeOffset? UpdatedAfter { get; set; }

        /// <summary>The provider's id of one caller ID (Apple's digit string, 2Chat's id, Plivo's number).</summary>
        public string? Id { get; set; }

        /// <summary>Review states to include, by name (-State; the providers that declare <see cref="CallerIdFilter.State"/> read them).</summary>
        public IReadOnlyCollection<string>? States { get; set; }

        /// <summary>Apple Business: the department, already checked.</summary>
        public string? Department { get; set; }

        /// <summary>These filters, for any of <paramref name="numbers"/> (one number is looked up directly where the provider can).</summary>
        public CallerIdQuery ForNumbers(IReadOnlyCollection<string> numbers)
        {
            var copy = (CallerIdQuery)MemberwiseClone();
            copy.PhoneNumber = numbers.Count == 1 ? numbers.First() : null;
            copy.PhoneNumbers = numbers.Count == 1 ? null : numbers;
            return copy;
        }

        /// <summary>Why <paramref name="provider"/> cannot answer a filter only some providers' caller IDs carry (of
        /// <paramref name="which"/>: subaccount, type, review state, department), naming the providers that declare it,
        /// with the refused value for the error's target; null when it has every such filter asked for.</summary>
        public FilterRefusal? RefusedFilter(ProviderKind provider, CallerIdFilter which = CallerIdFilter.All) =>
            RefusedFilter(provider, which, ConnectionFactory.CallerIdFilters);

        internal FilterRefusal? RefusedFilter(ProviderKind provider, CallerIdFilter which, IReadOnlyList<(ProviderKind Provider, CallerIdFilter Filters)> declared)
        {
            var has = declared.Where(d => d.Provider == provider).Select(d => d.Filters).FirstOrDefault();
            bool Lacks(CallerIdFilter filter, bool asked) => asked && (which & filter) != 0 && (has & filter) == 0;
            string Owners(CallerIdFilter filter) =>
                string.Join(" or ", declared.Where(d => (d.Filters & filter) != 0).Select(d => d.Provider.DisplayName()));
            var name = provider.DisplayName();

            if (Lacks(CallerIdFilter.Subaccount, Subaccount != null))
                return new FilterRefusal($"{name} has no subaccounts (-Subaccount is {Owners(CallerIdFilter.Subaccount)}'s).", Subaccount);
            if (Lacks(CallerIdFilter.Type, Types != null && Types.Count > 0))
                return new FilterRefusal($"{name} caller IDs have no type ({AllTypes} are {Owners(CallerIdFilter.Type)}'s).", FilterRefusal.AsTarget(Types!));
            if (Lacks(CallerIdFilter.State, States != null && States.Count > 0))
                return new FilterRefusal($"{name} caller IDs have no review state (-State is {Owners(CallerIdFilter.State)}'s).", FilterRefusal.AsTarget(States!));
            if (Lacks(CallerIdFilter.Department, Department != null))
                return new FilterRefusal($"{name} caller IDs have no department (-Department is {Owners(CallerIdFilter.Department)}'s).", Department);
            return null;
        }

        /// <summary>A refusal of -Id when it does not have the shape of <paramref name="provider"/>'s caller ID ids; null when it has.</summary>
        public FilterRefusal? RefusedId(ProviderKind provider, Func<string, bool> hasShape, string shape) =>
            Id == null || hasShape(Id) ? null : new FilterRefusal($"{provider.DisplayName()} caller IDs have {shape}; '{Id}' is not one.", Id);

        /// <summary>"VN, WW, WA and CI".</summary>
        private static string AllTypes => ListText.Join(Enum.GetNames(typeof(CallerIdType)), "and");

        public string Describe()
        {
            var parts = new List<string>();
            if (PhoneNumber != null) parts.Add(PhoneNumber);
            if (PhoneNumbers != null) parts.Add(PhoneNumbers.Count <= 3 ? string.Join(" or ", PhoneNumbers) : $"{PhoneNumbers.Count} numbers");
            if (Country != null) parts.Add("country " + Country);
            if (Types != null && Types.Count > 0) parts.Add("type " + string.Join("/", Types));
            if (Verified.HasValue) parts.Add(Verified.Value ? "verified" : "not verified");
            if (NamePattern != null) parts.Add($"alias '{NamePattern}'");
            if (Subaccount != null) parts.Add("subaccount " + Subaccount);
            if (CreatedAfter.HasValue) parts.Add($"created after {CreatedAfter:u}");
            if (UpdatedAfter.HasValue) parts.Add($"updated after {UpdatedAfter:u}");
            if (Id != null) parts.Add("id " + Id);
            if (States != null && States.Count > 0) parts.Add("state " + string.Join("/", States));
            if (Department != null) parts.Add("department " + Department);
            return parts.Count == 0 ? "all caller IDs" : string.Join(", ", parts);
        }

        /// <summary>The filters every provider's records carry (number, country, name, dates).</summary>
        public bool MatchesCommon(CallerId item) =>
            (PhoneNumber == null || item.PhoneNumber == PhoneNumber)
            && (PhoneNumbers == null || PhoneNumbers.Contains(item.PhoneNumber))
            && (Id == null || item.Id == Id)
            && (Country == null || string.Equals(item.Country, Country, StringComparison.OrdinalIgnoreCase))
            && (NameMatches == null || NameMatches(item.Name))
            && (!CreatedAfter.HasValue || (item.CreatedAt.HasValue && item.CreatedAt.Value > CreatedAfter.Value))
            && (!UpdatedAfter.HasValue || (item.UpdatedAt.HasValue && item.UpdatedAt.Value > UpdatedAfter.Value));

        public bool HasAnyFilter =>
            PhoneNumber != null || PhoneNumbers != null || Country != null || (Types != null && Types.Count > 0) || Verified.HasValue
            || NameMatches != null || CreatedAfter.HasValue || UpdatedAfter.HasValue || Subaccount != null
            || Id != null || (States != null && States.Count > 0) || Department != null;
    }
}

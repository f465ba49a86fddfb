using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>A provider that sells numbers found by country and type (IdentityCall, Plivo): Get-AvailableNumber -Country.</summary>
    public interface IAvailableNumberSource
    {
        /// <summary>Null when the provider can run the search; otherwise why not (a filter it does not have, a type it does not sell)
        /// and the value refused. Asked before any request is sent.</summary>
        FilterRefusal? CannotAnswer(NumberSearch search);

        /// <summary>Streams the numbers for sale. When none match, <paramref name="reason"/> hears the provider's own explanation, if it gives one.</summary>
        IAsyncEnumerable<AvailableNumber> SearchAsync(NumberSearch search, Action<string>? reason, CancellationToken cancellationToken);
    }

    /// <summary>
    /// "Does the account own this number now?": one read, for purchase settlement and Get-VirtualNumber -PhoneNumber.
    /// Null means the provider said the account does not hold it; a failure to ask is thrown, never read as "no".
    /// The number's Active (and a provider's status) say whether it is usable yet.
    /// </summary>
    public interface IOwnedNumberLookup
    {
        Task<VirtualNumber?> FindOwnedNumberAsync(string phoneNumber, CancellationToken cancellationToken);
    }

    /// <summary>A provider whose numbers Set-VirtualNumber can change.</summary>
    public interface IVirtualNumberEditor
    {
        /// <summary>Null when every change asked for is one the provider makes; otherwise why not, about the value refused. Asked before any request.</summary>
        FilterRefusal? CannotChange(VirtualNumberChanges changes);

        /// <summary>Throws InvalidInput for an id or a value the change would be refused for; sends nothing. The same
        /// check UpdateVirtualNumberAsync makes, asked first so -WhatIf and -Confirm show only what a real run would send.</summary>
        void CheckChange(string id, VirtualNumberChanges changes);

        Task<VirtualNumber> UpdateVirtualNumberAsync(string id, VirtualNumberChanges changes, CancellationToken cancellationToken);
    }

    /// <summary>A provider whose numbers Remove-VirtualNumber can release.</summary>
    public interface IVirtualNumberReleaser
    {
        /// <summary>What releasing costs or means, for the confirmation ("The number cannot be bought back.").</summary>
        string ReleaseConsequence(VirtualNumber number);

        Task ReleaseVirtualNumberAsync(VirtualNumber number, CancellationToken cancellationToken);
    }

    /// <summary>What Get-AvailableNumber -Country asks for. Only the country is required; each provider says which filters it has.</summary>
    public sealed class NumberSearch
    {
        public NumberSearch(string country) => Country = country;

        /// <summary>ISO 3166 alpha-2, checked.</summary>
        public string Country { get; }

        public NumberType? Type { get; set; }

        /// <summary>Digits the number starts with after the country code (415 for +1 415…).</summary>
        public string? StartsWith { get; set; }

        public string? Region { get; set; }

        public string? City { get; set; }

        /// <summary>Every one of these must be offered.</summary>
        public IReadOnlyList<NumberFeature> Services { get; set; } = Array.Empty<NumberFeature>();

        /// <summary>The filters the search uses besides country and type, by parameter name.</summary>
        public IEnumerable<string> ExtraFilters()
        {
            if (StartsWith != null) yield return "-StartsWith";
            if (Region != null) yield return "-Region";
            if (City != null) yield return "-City";
            if (Services.Count > 0) yield return "-Service";
        }

        /// <summary>The value given to an extra filter, as the user gave it: '415' for -StartsWith 415.</summary>
        public object? ValueOf(string filter)
        {
            switch (filter)
            {
                case "-StartsWith": return StartsWith;
                case "-Region": return Region;
                case "-City": return City;
                case "-Service": return FilterRefusal.AsTarget(Services);
                default: return null;
            }
        }

        /// <summary>"US, local, starting 415, in San Francisco, with voice and sms".</summary>
        public override string ToString()
        {
            var parts = new List<string> { Country };
            if (Type.HasValue) parts.Add(Type.Value.ToString().ToLowerInvariant());
            if (StartsWith != null) parts.Add("starting " + StartsWith);
            if (Region != null) parts.Add("in region " + Region);
            if (City != null) parts.Add("in " + City);
            if (Services.Count > 0) parts.Add("with " + string.Join(" and ", System.Linq.Enumerable.Select(Services, s => s.ToString().ToLowerInvariant())));
            return string.Join(", ", parts);
        }
    }

    /// <summary>What Set-VirtualNumber changes; null leaves a field as it is.</summary>
    public sealed class VirtualNumberChanges
    {
        public string? Name { get; set; }

        public bool? Active { get; set; }

        public bool? Recording { get; set; }

        public RoutingStrategy? RoutingStrategy { get; set; }

        /// <summary>Plivo: the subaccount's Auth ID the number moves to.</summary>
        public string? Subaccount { get; set; }

        /// <summary>Plivo: the application that answers the number.</summary>
        public string? ApplicationId { get; set; }

        /// <summary>The changes given.</summary>
        public VirtualNumberField Fields =>
            (Name != null ? VirtualNumberField.Name : 0)
            | (Active.HasValue ? VirtualNumberField.Active : 0)
            | (Recording.HasValue ? VirtualNumberField.Recording : 0)
            | (RoutingStrategy.HasValue ? VirtualNumberField.RoutingStrategy : 0)
            | (Subaccount != null ? VirtualNumberField.Subaccount : 0)
            | (ApplicationId != null ? VirtualNumberField.ApplicationId : 0);

        public bool IsEmpty => Fields == VirtualNumberField.None;

        /// <summary>"name 'Sales', recording off".</summary>
        public string Describe()
        {
            var parts = new List<string>();
            if (Name != null) parts.Add($"name '{Name}'");
            if (Active.HasValue) parts.Add(Active.Value ? "active" : "inactive");
            if (Recording.HasValue) parts.Add(Recording.Value ? "recording on" : "recording off");
            if (RoutingStrategy.HasValue) parts.Add("routing " + RoutingStrategy.Value.ToWireName());
            if (Subaccount != null) parts.Add($"subaccount {Subaccount}");
            if (ApplicationId != null) parts.Add($"application {ApplicationId}");
            return parts.Count == 0 ? "no change" : string.Join(", ", parts);
        }

        /// <summary>The value given for <paramref name="field"/>, as the user gave it (an error's target).</summary>
        public object? ValueOf(VirtualNumberField field)
        {
            switch (field)
            {
                case VirtualNumberField.Name: return Name;
                case VirtualNumberField.Active: return Active;
                case VirtualNumberField.Recording: return Recording;
                case VirtualNumberField.RoutingStrategy: return RoutingStrategy;
                case VirtualNumberField.Subaccount: return Subaccount;
                case VirtualNumberField.ApplicationId: return ApplicationId;
                default: return null;
            }
        }
    }

    /// <summary>Finding one owned number on any provider: its own lookup when it has one, else its list.</summary>
    public static class OwnedNumbers
    {
        /// <summary>
        /// What an ownership read proves about a purchase, the same for every provider: null (not on the account: not
        /// bought), Pending (on the account, waiting for documents or activation) or Purchased.
        /// </summary>
        public static PurchaseStatus? PurchaseStatusOf(VirtualNumber? owned)
        {
            if (owned == null) return null;
            return owned.Waiting ? PurchaseStatus.Pending : PurchaseStatus.Purchased;
        }

        public static async Task<VirtualNumber?> FindAsync(IVirtualNumberSource source, string phoneNumber, CancellationToken cancellationToken)
        {
            if (source is IOwnedNumberLookup lookup)
            {
                return await lookup.FindOwnedNumberAsync(phoneNumber, cancellationToken).ConfigureAwait(false);
            }

            var enumerator = source.ListVirtualNumbersAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    if (enumerator.Current.PhoneNumber == phoneNumber) return enumerator.Current;
                }
            }
            finally
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }

            return null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>
    /// Set-VirtualNumber's and Invoke-NumberPurchase's refusals of a change a provider's numbers do not take, built from what
    /// each provider declares (<see cref="VirtualNumberField"/>): they name the providers whose numbers do take it.
    /// </summary>
    public sealed class VirtualNumberChangeRules
    {
        private static readonly VirtualNumberField[] AllFields =
        {
            VirtualNumberField.Name, VirtualNumberField.Active, VirtualNumberField.Recording,
            VirtualNumberField.RoutingStrategy, VirtualNumberField.Subaccount, VirtualNumberField.ApplicationId,
        };

        private readonly IReadOnlyList<(ProviderKind Provider, VirtualNumberField Fields)> _providers;

        public VirtualNumberChangeRules(IEnumerable<(ProviderKind Provider, VirtualNumberField Fields)> providers)
        {
            _providers = providers.ToList();
        }

        /// <summary>The providers whose numbers take every one of <paramref name="fields"/>, by display name.</summary>
        public IReadOnlyList<ProviderKind> ProvidersWith(VirtualNumberField fields) =>
            _providers.Where(p => fields != VirtualNumberField.None && (p.Fields & fields) == fields)
                .Select(p => p.Provider).OrderBy(p => p.DisplayName(), StringComparer.Ordinal).ToList();

        /// <summary>
        /// "A numbers have no -Active, -Recording (those are B's); A changes -Name, -Subaccount and -ApplicationId.":
        /// the given changes <paramref name="provider"/>'s numbers do not take, their owners and what it does change. Null when it takes them all.
        /// </summary>
        public string? ListingGiven(ProviderKind provider, VirtualNumberChanges changes)
        {
            var own = FieldsOf(provider);
            var lacked = changes.Fields & ~own;
            if (lacked == VirtualNumberField.None) return null;
            var name = provider.DisplayName();
            return $"{name} numbers have no {string.Join(", ", Parameters(lacked))} (those are {Owners(lacked)}'s); {name} changes {ListText.Join(Parameters(own), "and")}.";
        }

        /// <summary>
        /// "B numbers have no subaccount or application (-Subaccount and -ApplicationId are A's).": when any
        /// change is given that <paramref name="provider"/>'s numbers do not take, every such change other providers make. Null otherwise.
        /// </summary>
        public string? NamingLacked(ProviderKind provider, VirtualNumberChanges changes)
        {
            var own = FieldsOf(provider);
            if ((changes.Fields & ~own) == VirtualNumberField.None) return null;
            var lacked = _providers.Aggregate(VirtualNumberField.None, (all, p) => all | p.Fields) & ~own;
            var words = Split(lacked).Select(Word).ToList();
            return $"{provider.DisplayName()} numbers have no {ListText.Join(words, "or")} ({ListText.Join(Parameters(lacked), "and")} {(Split(lacked).Count == 1 ? "is" : "are")} {Owners(lacked)}'s).";
        }

        /// <summary>The refusal worded by <paramref name="wording"/> (<see cref="ListingGiven"/> or <see cref="NamingLacked"/>),
        /// about the value of the first change <paramref name="provider"/>'s numbers do not take. Null when it takes them all.</summary>
        public FilterRefusal? Refusal(ProviderKind provider, VirtualNumberChanges changes, Func<ProviderKind, VirtualNumberChanges, string?> wording)
        {
            var reason = wording(provider, changes);
            if (reason == null) return null;
            var lacked = Split(changes.Fields & ~FieldsOf(provider));
            return new FilterRefusal(reason, lacked.Count == 0 ? null : changes.ValueOf(lacked[0]));
        }

        /// <summary>"-Name names A and B numbers; C does not name a number when it is bought.": <paramref name="sellers"/>
        /// whose numbers take a name name a number they sell (Invoke-NumberPurchase -Name); <paramref name="provider"/> does not.</summary>
        public string NotNamedWhenBought(string provider, IEnumerable<ProviderKind> sellers)
        {
            var naming = ProvidersWith(VirtualNumberField.Name).Where(sellers.Contains).Select(p => p.DisplayName()).ToList();
            return naming.Count == 0
                ? $"{provider} does not name a number when it is bought."
                : $"-Name names {string.Join(" and ", naming)} numbers; {provider} does not name a number when it is bought.";
        }

        private VirtualNumberField FieldsOf(ProviderKind provider) => _providers.FirstOrDefault(p => p.Provider == provider).Fields;

        /// <summary>The providers that take any of <paramref name="fields"/>.</summary>
        private string Owners(VirtualNumberField fields) =>
            string.Join(" and ", _providers.Where(p => (p.Fields & fields) != 0).Select(p => p.Provider.DisplayName()).OrderBy(n => n, StringComparer.Ordinal));

        private static IReadOnlyList<VirtualNumberField> Split(VirtualNumberField fields) => AllFields.Where(f => (fields & f) != 0).ToList();

        private static IReadOnlyList<string> Parameters(VirtualNumberField fields) => Split(fields).Select(f => "-" + f).ToList();

        private static string Word(VirtualNumberField field) =>
            field == VirtualNumberField.ApplicationId ? "application"
            : field == VirtualNumberField.RoutingStrategy ? "routing strategy"
            : field.ToString().ToLowerInvariant();
    }
}

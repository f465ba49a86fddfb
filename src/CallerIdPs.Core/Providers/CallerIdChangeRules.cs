using System;
using System.Collections.Generic;
using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Validation;

namespace CallerIdPs.Providers
{
    /// <summary>Which providers' connections may make a checked change, and the change with its values as the provider checked them.</summary>
    public sealed class CallerIdChangePlan
    {
        public CallerIdChangePlan(IReadOnlyList<ProviderKind>? providers, CallerIdChange change)
        {
            Providers = providers;
            Change = change;
        }

        /// <summary>Null: any provider that edits caller IDs.</summary>
        public IReadOnlyList<ProviderKind>? Providers { get; }

        public CallerIdChange Change { get; }
    }

    /// <summary>
    /// The checks New-, Set- and Remove-CallerId make before a connection is chosen, derived from what each provider
    /// declares (<see cref="CallerIdEditing"/>): which fields its caller IDs have, whether an id alone names one, and its
    /// own checks of the values. Messages name the providers by their display names, and parameters by the fields.
    /// <para>Providers whose caller IDs have the same fields form a kind, in the order of their first field
    /// (<see cref="CallerIdField"/>). The first kind is the one a Set-CallerId without any field is taken for: its refusals
    /// consider every way the caller ID is known and suggest the other kinds' parameters; another kind's name the provider that lacks the field.</para>
    /// </summary>
    public sealed class CallerIdChangeRules
    {
        private static readonly CallerIdField[] AllFields = { CallerIdField.Alias, CallerIdField.Subaccount, CallerIdField.Department };

        private readonly IReadOnlyList<(ProviderKind Provider, CallerIdEditing Editing)> _editors;
        private readonly IReadOnlyList<CallerIdField> _kinds;

        public CallerIdChangeRules(IEnumerable<(ProviderKind Provider, CallerIdEditing Editing)> editors)
        {
            _editors = editors.OrderBy(e => e.Provider).ToList();
            // A kind's place is its first field's: alias (a caller ID's name, the most common edit) first.
            _kinds = _editors.Select(e => e.Editing.Fields).Where(f => f != CallerIdField.None).Distinct().OrderBy(f => (int)f & -(int)f).ToList();
        }

        /// <summary>The providers that change and delete caller IDs.</summary>
        public IReadOnlyList<ProviderKind> Editors => _editors.Select(e => e.Provider).ToList();

        /// <summary>The providers whose caller IDs have <paramref name="field"/>.</summary>
        public IReadOnlyList<ProviderKind> ProvidersWith(CallerIdField field) => Owners(field);

        public CallerIdEditing? EditingOf(ProviderKind provider) => _editors.FirstOrDefault(e => e.Provider == provider).Editing;

        /// <summary>
        /// Why a caller ID of <paramref name="provider"/> (one found by number) cannot be changed by -Id alone, naming the
        /// providers whose caller IDs an id does name.
        /// </summary>
        public string FoundByNumber(string provider)
        {
            var byId = _editors.Where(e => e.Editing.FoundById).Select(e => e.Provider).ToList();
            var whose = byId.Count == 0 ? "" : $" (-Id is {Names(byId)}'s)";
            return $"{provider} caller IDs are found by number: give -PhoneNumber{whose}.";
        }

        /// <summary>Every provider's suggested values for <paramref name="field"/>, first mention first.</summary>
        public IReadOnlyList<(string Value, string Description)> Suggestions(CallerIdField field) =>
            _editors.SelectMany(e => e.Editing.Suggestions(field)).GroupBy(s => s.Value, StringComparer.Ordinal).Select(g => g.First()).ToList();

        /// <summary>
        /// Whose caller ID a change names: the record's provider, else the named connection's; an id alone is the provider's
        /// whose caller IDs an id names. Null when only a number is known and no connection is named.
        /// </summary>
        public ProviderKind? ProviderOf(CallerId? record, CallerIdConnection? connection, string? phoneNumber, string? id)
        {
            if (record != null) return record.Provider;
            if (connection != null && !connection.IsUnknown) return connection.Provider;
            if (phoneNumber != null || id == null) return null;
            var byId = _editors.Where(e => e.Editing.FoundById).ToList();
            return byId.Count == 1 ? byId[0].Provider : (ProviderKind?)null;
        }

        /// <summary>
        /// Set-CallerId: refuses (InvalidInput) a malformed number, and (about <paramref name="offending"/>) fields no one provider's
        /// caller IDs have together, fields the named caller ID's provider (or the named connection's) lacks, or no field at all;
        /// then the owners check the values.
        /// </summary>
        /// <param name="provider">Whose caller ID it is, when known (<see cref="ProviderOf"/>).</param>
        public CallerIdChangePlan ForChange(CallerIdChange change, ProviderKind? provider, object? offending)
        {
            var given = change.Fields;
            if (_kinds.Count == 0)
            {
                throw new CallerIdException(CallerIdErrorKind.NotSupported, "No provider's caller IDs can be changed by this version of the module.");
            }

            change = WithCheckedNumber(change);

            if (given != CallerIdField.None && !_editors.Any(e => Has(e.Editing.Fields, given)))
            {
                var touched = _kinds.Where(k => (k & given) != 0).OrderBy(k => k == _kinds[0]);
                throw Refused(string.Join(" and ", touched.Select(Whose)) + ": give one kind.", offending);
            }

            var kind = given == CallerIdField.None ? _kinds[0] : _kinds.First(k => Has(k, given));
            var wanted = given == CallerIdField.None ? kind : given;

            // A value no owner takes is wrong whoever's caller ID it is: said before which caller IDs lack the field.
            var owners = Owners(wanted);
            var checkedChange = CheckedBy(owners, change);
            if (kind == _kinds[0])
            {
                if (provider.HasValue && !Has(FieldsOf(provider.Value), wanted))
                {
                    var own = FieldsOf(provider.Value);
                    var others = _kinds.Where(k => k != kind).Select(k => $"{Parameters(k, "/")} ({Names(Owners(k))})");
                    var instead = own != CallerIdField.None
                        ? Parameters(own, " or ") + "."
                        : string.Join(" or ", others.Concat(new[] { $"pipe {Names(Owners(kind))} caller IDs." }));
                    throw Refused($"{provider.Value.DisplayName()} caller IDs have no {Words(kind)}: give {instead}", offending);
                }

                if (given == CallerIdField.None)
                {
                    throw Refused("Nothing to change: give " + string.Join(" or ", _kinds.Select(k => $"{Parameters(k, " and/or ")} ({Names(Owners(k))})")) + ".", offending);
                }
            }
            else if ((change.Record?.Provider ?? provider) is ProviderKind whose && !Has(FieldsOf(whose), given))
            {
                throw Refused($"{whose.DisplayName()} caller IDs have no {Words(kind)} ({Whose(kind)}).", offending);
            }

            return new CallerIdChangePlan(owners, checkedChange);
        }

        /// <summary>One field's value as its owners check it (Get-CallerId -Department), before any connection is asked.</summary>
        public string CheckValue(CallerIdField field, string value)
        {
            var given = new CallerIdChange
            {
                Alias = field == CallerIdField.Alias ? value : null,
                Subaccount = field == CallerIdField.Subaccount ? value : null,
                Department = field == CallerIdField.Department ? value : null,
            };
            var checkedChange = CheckedBy(Owners(field), given);
            return (field == CallerIdField.Alias ? checkedChange.Alias : field == CallerIdField.Subaccount ? checkedChange.Subaccount : checkedChange.Department) ?? value;
        }

        /// <summary>New-CallerId: the providers that create caller IDs; the only one checks the values before a connection is chosen.</summary>
        public CallerIdChangePlan ForCreation(CallerIdChange creation)
        {
            var creators = _editors.Where(e => e.Editing.CheckCreation != null).ToList();
            var checkedCreation = creators.Count == 1 ? creators[0].Editing.CheckCreation!(creation) : creation;
            return new CallerIdChangePlan(creators.Select(e => e.Provider).ToList(), checkedCreation);
        }

        /// <summary>Remove-CallerId: InvalidInput for a malformed number; NotSupported for a provider whose caller IDs the module cannot delete; else its connections (any editor's when unknown).</summary>
        public CallerIdChangePlan ForDeletion(CallerIdChange deletion, ProviderKind? provider)
        {
            if (provider.HasValue && EditingOf(provider.Value) == null)
            {
                var name = provider.Value.DisplayName();
                throw new CallerIdException(CallerIdErrorKind.NotSupported, $"{name} caller IDs cannot be deleted by this version of the module.") { Provider = name };
            }

            return new CallerIdChangePlan(provider.HasValue ? new[] { provider.Value } : null, WithCheckedNumber(deletion));
        }

        /// <summary>A number given is an E.164 number whoever's caller ID it names: checked (InvalidInput naming it) before a
        /// connection is chosen, so a malformed one is not mistaken for an ambiguous connection.</summary>
        private static CallerIdChange WithCheckedNumber(CallerIdChange change) =>
            change.PhoneNumber == null || change.Record != null ? change : change.WithValues(Guard.PhoneNumber(change.PhoneNumber), change.Department);

        private CallerIdChange CheckedBy(IReadOnlyList<ProviderKind> owners, CallerIdChange change) =>
            _editors.Where(e => owners.Contains(e.Provider) && e.Editing.CheckValues != null).Aggregate(change, (c, e) => e.Editing.CheckValues!(c));

        private CallerIdField FieldsOf(ProviderKind provider) => EditingOf(provider)?.Fields ?? CallerIdField.None;

        private IReadOnlyList<ProviderKind> Owners(CallerIdField fields) => _editors.Where(e => Has(e.Editing.Fields, fields)).Select(e => e.Provider).ToList();

        /// <summary>"-Alias/-Subaccount are Plivo's".</summary>
        private string Whose(CallerIdField kind) => $"{Parameters(kind, "/")} {(Split(kind).Count == 1 ? "is" : "are")} {Names(Owners(kind))}'s";

        private static bool Has(CallerIdField declared, CallerIdField wanted) => (declared & wanted) == wanted;

        private static IReadOnlyList<CallerIdField> Split(CallerIdField fields) => AllFields.Where(f => (fields & f) != 0).ToList();

        private static string Parameters(CallerIdField fields, string separator) => string.Join(separator, Split(fields).Select(f => "-" + f));

        private static string Words(CallerIdField fields) => string.Join(" or ", Split(fields).Select(f => f.ToString().ToLowerInvariant()));

        private static string Names(IEnumerable<ProviderKind> providers) => string.Join(" or ", providers.Select(p => p.DisplayName()));

        private static CallerIdException Refused(string message, object? offending) => CallerIdException.InvalidInputFor(message, offending);
    }
}

using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Model;
using CallerIdPs.Providers;
using Xunit;

namespace CallerIdPs.Tests.Clients
{
    /// <summary>
    /// Set/Remove/New-CallerId's checks before a connection is chosen follow what the providers declare: made-up
    /// declarations (2Chat with departments, IdentityCall with aliases) give the messages and choices they imply.
    /// </summary>
    public class CallerIdChangeRulesTests
    {
        private static readonly CallerIdChangeRules MadeUp = new CallerIdChangeRules(new[]
        {
            (ProviderKind.IdentityCall, new CallerIdEditing(CallerIdField.Alias)),
            (ProviderKind.TwoChat, new CallerIdEditing(CallerIdField.Department)
            {
                FoundById = true,
                CheckValues = change => change.Department == "bad"
                    ? throw CallerIdException.InvalidInputFor("not a 2Chat department", change.Department)
                    : change.WithValues(change.PhoneNumber, change.Department!.ToUpperInvariant()),
                CheckCreation = creation => creation.WithValues("+1" + creation.PhoneNumber, creation.Department),
                Suggestions = field => field == CallerIdField.Department ? new[] { ("sales", "Sales") } : new (string, string)[0],
            }),
        });

        private static string Refusal(CallerIdChange change, ProviderKind? provider = null) =>
            Assert.Throws<CallerIdException>(() => MadeUp.ForChange(change, provider, "target")).Message;

        [Fact]
        public void Messages_name_the_declared_providers_and_fields()
        {
            Assert.Equal("-Department is 2Chat's and -Alias is IdentityCall's: give one kind.", Refusal(new CallerIdChange { Alias = "a", Department = "d" }));
            Assert.Equal("Nothing to change: give -Alias (IdentityCall) or -Department (2Chat).", Refusal(new CallerIdChange { PhoneNumber = "+14155550100" }));
            Assert.Equal("Apple Business caller IDs have no alias: give -Department (2Chat) or pipe IdentityCall caller IDs.", Refusal(new CallerIdChange { Alias = "a" }, ProviderKind.AppleBusiness));
            Assert.Equal("2Chat caller IDs have no alias: give -Department.", Refusal(new CallerIdChange { Alias = "a" }, ProviderKind.TwoChat));
        }

        [Fact]
        public void A_record_of_a_provider_without_the_field_is_refused_and_the_owner_checks_the_value()
        {
            var plivoRecord = new PlivoCallerId { Provider = ProviderKind.Plivo };
            Assert.Equal("Plivo caller IDs have no department (-Department is 2Chat's).", Refusal(new CallerIdChange { Record = plivoRecord, Department = "d" }));
            Assert.Equal("not a 2Chat department", Refusal(new CallerIdChange { Department = "bad" }));

            var plan = MadeUp.ForChange(new CallerIdChange { PhoneNumber = "+14155550100", Department = "sales" }, null, null);

            Assert.Equal(new[] { ProviderKind.TwoChat }, plan.Providers);
            Assert.Equal("SALES", plan.Change.Department);
            Assert.Equal(new[] { ProviderKind.IdentityCall }, MadeUp.ForChange(new CallerIdChange { Alias = "a" }, ProviderKind.IdentityCall, null).Providers);
        }

        [Fact]
        public void The_named_connections_provider_without_the_field_is_refused_and_a_malformed_number_before_anything()
        {
            Assert.Equal("IdentityCall caller IDs have no department (-Department is 2Chat's).", Refusal(new CallerIdChange { PhoneNumber = "+14155550100", Department = "d" }, ProviderKind.IdentityCall));
            Assert.Equal("not a 2Chat department", Refusal(new CallerIdChange { PhoneNumber = "+14155550100", Department = "bad" }, ProviderKind.IdentityCall));

            var changed = Assert.Throws<CallerIdException>(() => MadeUp.ForChange(new CallerIdChange { PhoneNumber = "555", Alias = "a" }, null, "target"));
            var deleted = Assert.Throws<CallerIdException>(() => MadeUp.ForDeletion(new CallerIdChange { PhoneNumber = "555", IsDeletion = true }, null));
            Assert.All(new[] { changed, deleted }, e => Assert.Equal((CallerIdErrorKind.InvalidInput, (object)"555"), (e.Kind, e.OffendingValue)));
            Assert.Equal("+14155550100", MadeUp.ForDeletion(new CallerIdChange { PhoneNumber = "+1 415 555 0100", IsDeletion = true }, null).Change.PhoneNumber);
        }

        [Fact]
        public void Ids_deletions_creations_and_suggestions_follow_the_declarations()
        {
            Assert.Equal(ProviderKind.TwoChat, MadeUp.ProviderOf(null, null, null, "42"));
            Assert.Null(MadeUp.ProviderOf(null, null, "+14155550100", "42"));

            var notEditor = Assert.Throws<CallerIdException>(() => MadeUp.ForDeletion(new CallerIdChange { IsDeletion = true }, ProviderKind.Plivo));
            Assert.Equal(CallerIdErrorKind.NotSupported, notEditor.Kind);
            Assert.Equal("Plivo caller IDs cannot be deleted by this version of the module.", notEditor.Message);
            Assert.Null(MadeUp.ForDeletion(new CallerIdChange { IsDeletion = true }, null).Providers);

            var creation = MadeUp.ForCreation(new CallerIdChange { PhoneNumber = "4155550100", Department = "d" });
            Assert.Equal(new[] { ProviderKind.TwoChat }, creation.Providers);
            Assert.Equal("+14155550100", creation.Change.PhoneNumber);

            Assert.Equal(new[] { ("sales", "Sales") }, MadeUp.Suggestions(CallerIdField.Department));
            Assert.Equal("SALES", MadeUp.CheckValue(CallerIdField.Department, "sales"));
        }

        [Fact]
        public void A_change_by_id_of_a_caller_id_found_by_number_names_the_providers_found_by_id()
        {
            Assert.Equal("Plivo caller IDs are found by number: give -PhoneNumber (-Id is 2Chat's).", MadeUp.FoundByNumber("Plivo"));
            Assert.Equal("Plivo caller IDs are found by number: give -PhoneNumber.", new CallerIdChangeRules(new[] { (ProviderKind.Plivo, new CallerIdEditing(CallerIdField.Alias)) }).FoundByNumber("Plivo"));
            Assert.Equal("Plivo caller IDs are found by number: give -PhoneNumber (-Id is Apple Business's).", ConnectionFactory.CallerIdChanges.FoundByNumber("Plivo"));
        }

        [Fact]
        public void The_module_s_declarations_agree_with_the_capability_interfaces()
        {
            var rules = ConnectionFactory.CallerIdChanges;
            var providers = new[] { ProviderKind.TwoChat, ProviderKind.AppleBusiness, ProviderKind.Plivo, ProviderKind.IdentityCall };

            // A declaration for every client that edits caller IDs, and a creation check for every one that creates them.
            Assert.Equal(providers.Where(p => ConnectionFactory.Supports(p, ProviderCapability.ManageCallerIds)), rules.Editors);
            Assert.Equal(providers.Where(p => ConnectionFactory.Supports(p, ProviderCapability.BrandedCallerIds)), rules.ForCreation(new CallerIdChange { PhoneNumber = "+18005555555", Department = "department.x" }).Providers);
            Assert.Equal(new[] { ProviderKind.AppleBusiness }, rules.ProvidersWith(CallerIdField.Department));
            Assert.Equal(new[] { ProviderKind.Plivo }, rules.ProvidersWith(CallerIdField.Alias | CallerIdField.Subaccount));
        }
    }
}

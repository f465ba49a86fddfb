using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CallerIdPs.Sandbox.Plivo;

namespace CallerIdPs.Tests.Emulator.Plivo
{
    /// <summary>The seeded account: deterministic, varied enough to exercise paging, filters, subaccounts and every timestamp form.</summary>
    public sealed class PlivoSeedTests
    {
        private static readonly Regex Micro = new Regex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$");
        private static readonly Regex Nano = new Regex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$");
        private static readonly Regex Plain = new Regex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$");

        private static List<JsonObject> All(PlivoApi api) =>
            Enumerable.Range(0, 3).SelectMany(p => api.List($"?offset={p * 20}").Json!["objects"]!.AsArray().Cast<JsonObject>()).ToList();

        private static string S(JsonObject o, string name) => o[name]!.GetValue<string>();

        [Fact]
        public void The_same_seed_gives_the_same_data_and_another_seed_other_data()
        {
            var one = All(new PlivoApi()).Select(o => { o.Remove("api_id"); return o.ToJsonString(); }).ToList();
            var two = All(new PlivoApi()).Select(o => { o.Remove("api_id"); return o.ToJsonString(); }).ToList();
            var other = All(new PlivoApi(new PlivoEmulatorOptions { Seed = 7 })).Select(o => o.ToJsonString()).ToList();

            Assert.Equal(one, two);
            Assert.NotEqual(one, other);
            Assert.Equal(47, other.Count);
        }

        [Fact]
        public void SeededCallerIds_sets_the_count_and_the_design_pages_number_is_free()
        {
            Assert.Equal(47, new PlivoApi().Emulator.CallerIds().Count);
            Assert.Equal(5, new PlivoApi(new PlivoEmulatorOptions { SeededCallerIds = 5 }).Emulator.CallerIds().Count);
            Assert.Empty(new PlivoApi(new PlivoEmulatorOptions { SeededCallerIds = 0 }).Emulator.CallerIds());
            Assert.DoesNotContain(new PlivoApi().Emulator.CallerIds(), c => c.PhoneNumber == "+14155550100");
        }

        [Fact]
        public void Numbers_are_unique_e164_of_the_right_length_for_their_country()
        {
            var all = All(new PlivoApi());
            var lengths = new Dictionary<string, (string Code, int Digits)>
            {
                ["US"] = ("+1", 10), ["CA"] = ("+1", 10), ["GB"] = ("+44", 10), ["IN"] = ("+91", 10), ["AU"] = ("+61", 9), ["DE"] = ("+49", 10),
            };

            Assert.Equal(all.Count, all.Select(o => S(o, "phone_number")).Distinct().Count());
            Assert.All(all, o => Assert.Matches(@"^\+[1-9]\d{6,14}$", S(o, "phone_number")));
            foreach (var o in all.Where(o => S(o, "country") != ""))
            {
                var (code, digits) = lengths[S(o, "country")];
                Assert.StartsWith(code, S(o, "phone_number"));
                Assert.Equal(code.Length + digits, S(o, "phone_number").Length);
            }

            var countries = all.Select(o => S(o, "country")).Where(c => c != "").Distinct().ToList();
            Assert.Superset(new HashSet<string> { "US", "GB", "IN", "AU", "CA" }, new HashSet<string>(countries));
            Assert.InRange(all.Count(o => S(o, "country") == ""), 1, 2);
        }

        [Fact]
        public void Aliases_subaccounts_and_old_entries_are_there_to_filter_on()
        {
            var ids = new PlivoApi().Emulator.CallerIds();

            Assert.Contains(ids, c => c.Alias == "HQ");
            Assert.Contains(ids, c => c.Alias == "Support");
            Assert.Contains(ids, c => c.Alias == "old-sales");
            Assert.Contains(ids, c => c.Alias == "old-billing");
            Assert.True(ids.Count(c => c.Alias.StartsWith("old-", StringComparison.Ordinal)) >= 3);
            Assert.Contains(ids, c => c.Subaccount == PlivoApi.Sub1);
            Assert.Contains(ids, c => c.Subaccount == PlivoApi.Sub2);
            Assert.True(ids.Count(c => c.Subaccount == "") > ids.Count / 2);
            Assert.All(ids, c => Assert.Contains(c.Subaccount, new[] { "", PlivoApi.Sub1, PlivoApi.Sub2 }));
        }

        [Fact]
        public void Timestamps_come_in_the_specs_three_forms()
        {
            var stamps = All(new PlivoApi()).SelectMany(o => new[] { S(o, "created_at"), S(o, "modified_at") }).ToList();

            Assert.All(stamps, s => Assert.True(Micro.IsMatch(s) || Nano.IsMatch(s) || Plain.IsMatch(s), s));
            Assert.True(stamps.Count(s => Micro.IsMatch(s)) > stamps.Count / 2);
            Assert.Contains(stamps, s => Regex.IsMatch(s, @"\.\d{6}Z$"));
            Assert.Contains(stamps, s => Nano.IsMatch(s));
            Assert.InRange(stamps.Count(s => Plain.IsMatch(s)) / 2, 1, 3);
        }

        [Fact]
        public void Seeded_records_have_no_channel_and_modified_at_is_never_before_created_at()
        {
            foreach (var o in All(new PlivoApi()))
            {
                Assert.False(o.ContainsKey("channel"));
                Assert.True(string.CompareOrdinal(S(o, "modified_at").Replace(' ', 'T'), S(o, "created_at").Replace(' ', 'T')) >= 0, o.ToJsonString());
            }
        }
    }
}

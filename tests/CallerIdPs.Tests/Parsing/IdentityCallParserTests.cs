using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CallerIdPs.Model;
using CallerIdPs.Providers.IdentityCall;

namespace CallerIdPs.Tests.Parsing
{
    /// <summary>IdentityCall's example bodies (identitycall.md) and the shapes it documents, through the parser.</summary>
    public sealed class IdentityCallParserTests
    {
        private static readonly RecordOrigin Origin = new RecordOrigin(ProviderKind.IdentityCall, "IdentityCall");

        private static JsonDocument Example(string name) => JsonDocument.Parse(ProviderExample.Text("identitycall", name));

        [Fact]
        public void The_documented_list_example_parses_into_the_common_properties()
        {
            using var document = Example("virtual-numbers.json");

            var numbers = IdentityCallParser.VirtualNumbers(document, Origin);

            Assert.Equal(2, numbers.Count);
            var us = numbers[0];
            Assert.Equal("7", us.Id);
            Assert.Equal(7, us.NumberId);
            Assert.Equal("+15551234567", us.PhoneNumber);
            Assert.Equal("US Sales Line", us.Name);
            Assert.Equal("US", us.Country);
            Assert.True(us.Active);
            Assert.False(us.AiReceptionistEnabled);
            Assert.Equal(new[] { "Alice Carter", "Bob Diaz", "Carol Evans" }, us.Operators.Select(o => o.Name));
            Assert.Equal(new[] { "AC", "BD", "CE" }, us.Operators.Select(o => o.Initials));
            Assert.Equal(3, us.OperatorCount);
            Assert.False(us.IsDetailed);
            Assert.Null(us.Recording);
            Assert.Null(us.RoutingStrategy);
            Assert.Null(us.CreatedAt);
            Assert.Equal(ProviderKind.IdentityCall, us.Provider);
            Assert.Equal("IdentityCall", us.ConnectionName);
            Assert.Equal("US Sales Line", us.Raw["name"]);

            var lt = numbers[1];
            Assert.Equal("8", lt.Id);
            Assert.Equal("LT", lt.Country);
            Assert.True(lt.AiReceptionistEnabled);
            Assert.Equal("Daiva Petrauskas", Assert.Single(lt.Operators).Name);
            Assert.Equal(1, lt.OperatorCount);
        }

        [Fact]
        public void A_null_name_stays_null_and_the_operator_count_can_exceed_the_three_listed()
        {
            using var document = JsonDocument.Parse("{\"data\":[{\"id\":9,\"phone_number\":\"+14155550123\",\"name\":null,\"country_code\":\"us\",\"active\":false,"
                + "\"ai_receptionist_enabled\":false,\"operators\":[{\"id\":1,\"name\":\"A B\",\"initials\":\"AB\"},{\"id\":2,\"name\":\"C D\",\"initials\":\"CD\"},{\"id\":3,\"name\":\"E F\",\"initials\":\"EF\"}],\"operators_count\":5}]}");

            var number = Assert.Single(IdentityCallParser.VirtualNumbers(document, Origin));

            Assert.Null(number.Name);
            Assert.False(number.Active);
            Assert.Equal("US", number.Country);
            Assert.Equal(3, number.Operators.Count);
            Assert.Equal(5, number.OperatorCount);
        }

        [Fact]
        public void The_detail_record_carries_routing_recording_stats_operators_and_recent_calls()
        {
            using var document = Example("detail.from-fields.json");

            var number = IdentityCallParser.Detail(document, Origin);

            Assert.True(number.IsDetailed);
            Assert.Equal("7", number.Id);
            Assert.True(number.Recording);
            Assert.Equal(RoutingStrategy.RoundRobin, number.RoutingStrategy);
            Assert.Equal(42, number.Stats!.TotalCalls);
            Assert.Equal(37, number.Stats.AnsweredCalls);
            Assert.Equal(5, number.Stats.MissedCalls);
            Assert.Equal(184.5m, number.Stats.AverageDurationSeconds);
            Assert.Equal(4, number.Operators.Count);
            Assert.Equal(new int?[] { 0, 1, 2, 3 }, number.Operators.Select(o => o.Priority));
            Assert.Equal("+12025550115", number.Operators[3].PhoneNumber);
            Assert.Equal("Erin Grant", Assert.Single(number.AvailableOperators).Name);
            Assert.Equal(2, number.RecentCalls.Count);
            var call = number.RecentCalls[0];
            Assert.Equal(901, call.Id);
            Assert.Equal("+12025550177", call.PhoneNumber);
            Assert.Equal("Jane Roe", call.CallerName);
            Assert.Equal("answered", call.Status);
            Assert.Equal(212, call.DurationSeconds);
            Assert.Equal("inbound", call.Direction);
            Assert.True(call.AiHandled);
            Assert.Equal("Asked for a quote.", call.TranscriptSummary);
            Assert.Equal(new DateTimeOffset(2026, 11, 20, 15, 4, 5, TimeSpan.Zero), call.CreatedAt);
            Assert.Null(number.RecentCalls[1].CallerName);
            Assert.Null(number.RecentCalls[1].TranscriptSummary);
        }

        [Theory]
        [InlineData("priority", RoutingStrategy.Priority)]
        [InlineData("round_robin", RoutingStrategy.RoundRobin)]
        [InlineData("simultaneous", RoutingStrategy.Simultaneous)]
        public void Routing_strategies_read_and_write_in_IdentityCalls_spelling(string wire, RoutingStrategy strategy)
        {
            Assert.Equal(strategy, RoutingStrategies.Parse(wire));
            Assert.Equal(wire, strategy.ToWireName());
        }

        [Fact]
        public void An_unknown_routing_strategy_is_null_not_a_failure()
        {
            using var document = JsonDocument.Parse("{\"data\":{\"id\":7,\"phone_number\":\"+15551234567\",\"routing_strategy\":\"longest_idle\",\"recording\":false}}");

            var number = IdentityCallParser.Detail(document, Origin);

            Assert.Null(number.RoutingStrategy);
            Assert.Equal("longest_idle", number.Raw["routing_strategy"]);
            Assert.False(number.Recording);
        }

        [Fact]
        public void Available_numbers_have_decimal_costs_in_USD_types_features_and_regions()
        {
            using var document = Example("available.from-fields.json");

            var numbers = IdentityCallParser.AvailableNumbers(document, Origin);

            var local = numbers[0];
            Assert.Equal("+12135550100", local.PhoneNumber);
            Assert.Equal("+12135550100", local.Id);
            Assert.Equal("US", local.Country);
            Assert.Equal(NumberType.Local, local.Type);
            Assert.Equal("local", local.NumberTypeName);
            Assert.Equal(1.00m, local.SetupPrice);
            Assert.Equal(1.00m, local.MonthlyPrice);
            Assert.Equal("USD", local.Currency);
            Assert.Equal(new[] { NumberFeature.Sms, NumberFeature.Voice, NumberFeature.Mms }, local.Features);
            Assert.Equal(new[] { "city", "state" }, local.Regions.Select(r => r.RegionType));
            Assert.Equal("Los Angeles, California", local.Location);

            var tollFree = numbers[1];
            Assert.Equal(NumberType.TollFree, tollFree.Type);
            Assert.Equal("toll-free", tollFree.NumberTypeName);
            Assert.Equal(2.50m, tollFree.MonthlyPrice);
            Assert.Null(tollFree.Location);
        }

        [Fact]
        public void The_purchase_answer_is_the_list_item_shape()
        {
            using var document = Example("purchase.from-fields.json");

            var number = IdentityCallParser.Purchased(document, Origin);

            Assert.Equal("13", number.Id);
            Assert.Equal("Sales", number.Name);
            Assert.True(number.Active);
            Assert.Empty(number.Operators);
        }

        [Theory]
        [InlineData("{\"other\":[]}")]
        [InlineData("{\"data\":{}}")]
        [InlineData("[1,2]")]
        public void A_list_without_a_data_array_is_refused(string body)
        {
            using var document = JsonDocument.Parse(body);

            Assert.ThrowsAny<JsonException>(() => IdentityCallParser.VirtualNumbers(document, Origin));
        }

        [Fact]
        public void A_number_without_an_id_is_refused()
        {
            using var document = JsonDocument.Parse("{\"data\":{\"phone_number\":\"+15551234567\"}}");

            Assert.ThrowsAny<JsonException>(() => IdentityCallParser.Detail(document, Origin));
        }

        [Fact]
        public void Error_bodies_give_the_error_or_the_joined_errors()
        {
            var reader = new IdentityCallErrorReader();

            var single = reader.Read(403, _ => null, Encoding.UTF8.GetBytes(ProviderExample.Text("identitycall", "error.from-fields.json")));
            var many = reader.Read(422, _ => null, Encoding.UTF8.GetBytes(ProviderExample.Text("identitycall", "errors-422.from-fields.json")));
            var empty = reader.Read(500, _ => null, Array.Empty<byte>());

            Assert.Equal("Write permission required", single.Message);
            Assert.Null(single.RequestId);
            Assert.Equal("routing_strategy must be one of priority, round_robin, simultaneous; active must be true or false", many.Message);
            Assert.Null(empty.Message);
        }
    }

    /// <summary>The verbatim example files must stay what the spec shows: a drifted copy tests nothing real.</summary>
    public sealed class IdentityCallSpecExampleTests
    {
        private static readonly string[] Verbatim = { "virtual-numbers.json" };

        [Fact]
        public void Verbatim_examples_still_appear_in_the_spec()
        {
            var shared = ProviderExample.SharedProvidersFolder();
            var spec = shared == null ? null : Path.Combine(shared, "identitycall.md");
            if (spec == null || !File.Exists(spec))
            {
                return; // No spec beside this checkout (e.g. a CI machine): nothing to compare against.
            }

            var specText = Compact(File.ReadAllText(spec));
            foreach (var file in Verbatim)
            {
                Assert.True(specText.Contains(Compact(ProviderExample.Text("identitycall", file)), StringComparison.Ordinal), $"{file} no longer appears verbatim in {spec}");
            }
        }

        [Fact]
        public void Files_not_from_the_spec_verbatim_say_how_they_were_built()
        {
            var names = Directory.GetFiles(ProviderExample.Folder("identitycall"), "*.json").Select(Path.GetFileName).ToList();
            var readme = ProviderExample.Text("identitycall", "README.md");
            Assert.True(names.Count >= 6, $"only {names.Count} example files were copied to the output");
            foreach (var name in names)
            {
                Assert.True(Verbatim.Contains(name) || name!.EndsWith(".from-fields.json", StringComparison.Ordinal), $"{name} is neither verbatim nor *.from-fields.json");
                Assert.Contains("`" + name + "`", readme, StringComparison.Ordinal);
                using var document = JsonDocument.Parse(ProviderExample.Text("identitycall", name!));
            }
        }

        private static string Compact(string text) => new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }
}

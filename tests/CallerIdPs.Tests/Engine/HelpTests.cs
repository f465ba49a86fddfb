using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Get-Help in the real engine, reading the MAML and about topic the build laid out in out/CallerId: every exported
    /// cmdlet has a synopsis, a description, a described parameter for each parameter it has, and at least two examples.
    /// </summary>
    public sealed class HelpTests : System.IDisposable
    {
        private static readonly HashSet<string> CommonParameters = new HashSet<string>(
            Cmdlet.CommonParameters.Concat(new[] { "ProgressAction" }), System.StringComparer.OrdinalIgnoreCase);

        private readonly ModuleSession _session = new ModuleSession();

        public void Dispose() => _session.Dispose();

        public static IEnumerable<object[]> ExportedCmdlets()
        {
            using var session = new ModuleSession();
            return session.Run("Get-Command -Module CallerId").Objects<CommandInfo>().Select(c => new object[] { c.Name }).ToList();
        }

        [Theory]
        [MemberData(nameof(ExportedCmdlets))]
        public void Every_exported_cmdlet_has_full_help(string name)
        {
            var help = _session.Run($"Get-Help {name} -Full").Output.Single();
            var command = _session.Run($"Get-Command {name}").Single<CmdletInfo>();
            var problems = new List<string>();

            var synopsis = Text(help, "Synopsis");
            // Without MAML, Get-Help makes the synopsis up from the syntax, which starts with the cmdlet's name.
            if (synopsis.Length == 0 || synopsis.StartsWith(name, System.StringComparison.OrdinalIgnoreCase)) problems.Add($"no synopsis (got '{synopsis}')");
            if (Paragraphs(help.Properties["description"]?.Value).Length == 0) problems.Add("no description");

            var documented = Items(Nested(help, "parameters", "parameter"))
                .ToDictionary(p => Text(p, "name"), p => Paragraphs(p.Properties["description"]?.Value), System.StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in command.Parameters.Keys.Where(p => !CommonParameters.Contains(p)))
            {
                if (!documented.TryGetValue(parameter, out var text)) problems.Add($"-{parameter} is not in the help");
                else if (text.Length == 0) problems.Add($"-{parameter} has no description");
            }

            var examples = Items(Nested(help, "examples", "example")).ToList();
            if (examples.Count < 2) problems.Add($"{examples.Count} example(s)");
            foreach (var example in examples)
            {
                if (Text(example, "code").Length == 0) problems.Add($"example '{Text(example, "title")}' has no code");
                if (Paragraphs(example.Properties["remarks"]?.Value).Length == 0) problems.Add($"example '{Text(example, "title")}' has no explanation");
            }

            Assert.True(problems.Count == 0, $"{name}: " + string.Join("; ", problems));
        }

        [Fact]
        public void The_syntax_Get_Help_shows_names_every_parameter_set()
        {
            // Invoke-NumberPurchase now has one set (#14: its objects and the ReservationId column share it, so CSV rows bind).
            var help = _session.Run("Get-Help Confirm-CallerIdVerification -Full").Output.Single();

            var syntaxItems = Items(Nested(help, "syntax", "syntaxItem")).ToList();

            Assert.Equal(2, syntaxItems.Count);
            Assert.All(syntaxItems, item => Assert.Contains("Otp", Items(item.Properties["parameter"]?.Value).Select(p => Text(p, "name"))));
        }

        [Fact]
        public void The_about_topic_explains_connections_the_sandbox_and_the_purchase_flow()
        {
            var result = _session.Run("Get-Help about_CallerId");

            result.AssertNoErrors();
            var text = string.Join("\n", result.Output.Select(o => o.ToString()));
            Assert.Contains("about_CallerId", text);
            Assert.Contains("Connect-CallerIdProvider -Provider TwoChat -Sandbox", text);
            Assert.Contains("CONNECTIONS", text);
            Assert.Contains("THE SANDBOX", text);
            Assert.Contains("THE PURCHASE FLOW", text);
        }

        private static string Text(PSObject item, string property)
        {
            var value = item.Properties[property]?.Value;
            return (value is PSObject wrapped ? wrapped.BaseObject : value)?.ToString()?.Trim() ?? "";
        }

        private static object? Nested(PSObject item, string outer, string inner) =>
            item.Properties[outer]?.Value is PSObject container ? container.Properties[inner]?.Value : null;

        private static IEnumerable<PSObject> Items(object? value) =>
            value switch
            {
                null => Enumerable.Empty<PSObject>(),
                PSObject single when !(single.BaseObject is object[]) => new[] { single },
                PSObject many => ((object[])many.BaseObject).Select(PSObject.AsPSObject),
                object[] many => many.Select(PSObject.AsPSObject),
                _ => new[] { PSObject.AsPSObject(value) },
            };

        /// <summary>The text of MAML paragraphs (each an object with a Text property), joined.</summary>
        private static string Paragraphs(object? value) =>
            string.Join(" ", Items(value).Select(p => Text(p, "Text"))).Trim();
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Every help example that connects to a sandbox runs, as shipped in the MAML, in a fresh session: the examples are
    /// pipelines users copy, so each must work as written. Examples that need a person or a real account (Read-Host,
    /// Get-Credential, no -Sandbox) are left out.
    /// </summary>
    public sealed class HelpExampleTests
    {
        private static readonly string[] NeedsAPersonOrAccount = { "Read-Host", "Get-Credential" };

        public static IEnumerable<object[]> SandboxExamples()
        {
            using var session = new ModuleSession();
            var examples = new List<object[]>();
            foreach (var name in session.Run("Get-Command -Module CallerId").Objects<CommandInfo>().Select(c => c.Name))
            {
                var result = session.Run($"(Get-Help {name} -Full).examples.example | ForEach-Object {{ $_.title + [char]0 + $_.code }}");
                foreach (var pair in result.Output.Select(o => o.ToString().Split('\0')))
                {
                    var code = pair[1];
                    if (code.Contains("-Sandbox") && !NeedsAPersonOrAccount.Any(code.Contains))
                    {
                        examples.Add(new object[] { name, pair[0].Trim(' ', '-'), code });
                    }
                }
            }

            return examples;
        }

        [Fact]
        public void Most_examples_are_runnable_on_the_sandbox()
        {
            Assert.True(SandboxExamples().Count() >= 40, "The examples that run on the sandbox are how this suite checks the help; keep them runnable.");
        }

        [Theory]
        [MemberData(nameof(SandboxExamples))]
        public void The_example_runs_on_the_sandbox(string cmdlet, string title, string code)
        {
            using var session = new ModuleSession();
            // An example that asks first is answered No: it must show the question, and nothing is spent or deleted.
            for (var i = 0; i < 20; i++) session.Host.Answers.Enqueue("No");

            var result = session.Run(code);

            Assert.True(result.Errors.Count == 0 && result.Terminating == null, $"{cmdlet} example '{title}' failed:\n{code}\n" + string.Join("\n", result.AllErrorText()));
        }
    }
}

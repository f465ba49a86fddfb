using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CallerIdPs.HelpGen;

namespace CallerIdPs.Tests.HelpGen
{
    /// <summary>The checks that fail the build when help is missing or malformed, on hand-made cmdlets and help files.</summary>
    public sealed class HelpCoverageTests : IDisposable
    {
        private const string CompleteHelp = @"# Get-Thing

## Synopsis
Gets things.

## Description
Gets every thing.

## Parameters

### -Name
The thing's name.

### -Connection
The connection.

## Examples

### One thing
```powershell
Get-Thing -Name a
```
Gets the thing named a.

### Every thing
```powershell
Get-Thing
```
Gets them all.
";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "callerid-helpgen-" + Guid.NewGuid().ToString("N"));

        public HelpCoverageTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, true);

        [Fact]
        public void Complete_help_has_no_problems()
        {
            Assert.Empty(Check(CompleteHelp));
        }

        [Fact]
        public void A_cmdlet_without_a_help_file_is_named()
        {
            var problems = new List<string>();
            HelpCoverage.Check(new[] { Cmdlet("Name", "Connection") }, new Dictionary<string, HelpDocument>(), _folder, problems);

            Assert.Contains(problems, p => p.Contains("Get-Thing has no help") && p.Contains("Get-Thing.md"));
        }

        [Fact]
        public void An_undocumented_parameter_is_named()
        {
            var problems = Check(CompleteHelp, "Name", "Connection", "Force");

            Assert.Contains(problems, p => p.Contains("parameter -Force of Get-Thing has no help"));
        }

        [Fact]
        public void A_parameter_heading_without_text_is_refused()
        {
            var problems = Check(CompleteHelp.Replace("The thing's name.\n", "").Replace("The thing's name.\r\n", ""));

            Assert.Contains(problems, p => p.Contains("-Name has a heading but no text"));
        }

        [Fact]
        public void A_documented_parameter_the_cmdlet_lacks_is_refused()
        {
            var problems = Check(CompleteHelp, "Connection");

            Assert.Contains(problems, p => p.Contains("documents -Name, which Get-Thing does not have"));
        }

        [Fact]
        public void One_example_is_not_enough()
        {
            var oneExample = CompleteHelp.Substring(0, CompleteHelp.IndexOf("### Every thing", StringComparison.Ordinal));

            Assert.Contains(Check(oneExample), p => p.Contains("1 example(s); at least 2"));
        }

        [Fact]
        public void An_example_needs_code_and_an_explanation()
        {
            var problems = Check(CompleteHelp.Replace("Gets them all.", "").Replace("```powershell\nGet-Thing -Name a\n```", "").Replace("```powershell\r\nGet-Thing -Name a\r\n```", ""));

            Assert.Contains(problems, p => p.Contains("'Every thing' needs a sentence"));
            Assert.Contains(problems, p => p.Contains("'One thing' has no ```powershell code"));
        }

        [Fact]
        public void Missing_and_unknown_sections_are_refused_with_their_line()
        {
            var problems = Check(CompleteHelp.Replace("## Description\nGets every thing.\n", "## Remarks\nGets every thing.\n").Replace("## Description\r\nGets every thing.\r\n", "## Remarks\r\nGets every thing.\r\n"));

            Assert.Contains(problems, p => p.Contains("(6): unknown section 'Remarks'"));
            Assert.Contains(problems, p => p.Contains("missing the '## Description' section"));
        }

        [Fact]
        public void Example_code_must_be_powershell()
        {
            var problems = Check(CompleteHelp.Replace("```powershell\nGet-Thing\n", "```sh\nGet-Thing\n").Replace("```powershell\r\nGet-Thing\r\n", "```sh\r\nGet-Thing\r\n"));

            Assert.Contains(problems, p => p.Contains("must be ```powershell"));
        }

        [Fact]
        public void Help_for_a_cmdlet_the_module_lacks_is_refused()
        {
            var problems = new List<string>();
            var document = Read(CompleteHelp, problems);
            HelpCoverage.Check(Array.Empty<CmdletModel>(), new Dictionary<string, HelpDocument> { ["Get-Thing"] = document }, _folder, problems);

            Assert.Contains(problems, p => p.Contains("documents 'Get-Thing', which the module does not define"));
        }

        private List<string> Check(string markdown, params string[] parameters)
        {
            var problems = new List<string>();
            var document = Read(markdown, problems);
            var cmdlet = Cmdlet(parameters.Length == 0 ? new[] { "Name", "Connection" } : parameters);
            HelpCoverage.Check(new[] { cmdlet }, new Dictionary<string, HelpDocument> { ["Get-Thing"] = document }, _folder, problems);
            return problems;
        }

        private HelpDocument Read(string markdown, List<string> problems)
        {
            var path = Path.Combine(_folder, "Get-Thing.md");
            File.WriteAllText(path, markdown.Replace("\r\n", "\n"));
            return HelpMarkdownReader.Read(path, problems);
        }

        private static CmdletModel Cmdlet(params string[] parameters) =>
            new CmdletModel(
                "Get",
                "Thing",
                parameters.Select(name => new ParameterModel(name, "String", "System.String", false, Array.Empty<string>(), Array.Empty<string>(), false,
                    new Dictionary<string, ParameterSetUse> { [ParameterModel.AllSets] = new ParameterSetUse(false, null, false, false) })).ToList(),
                new[] { ParameterModel.AllSets },
                Array.Empty<string>());
    }
}

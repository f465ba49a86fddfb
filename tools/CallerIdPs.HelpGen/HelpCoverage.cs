using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CallerIdPs.HelpGen
{
    /// <summary>Matches help files to the compiled cmdlets: every cmdlet and parameter documented, nothing documented that does not exist.</summary>
    internal static class HelpCoverage
    {
        public const int MinimumExamples = 2;

        public static void Check(IReadOnlyList<CmdletModel> cmdlets, IReadOnlyDictionary<string, HelpDocument> help, string helpFolder, List<string> problems)
        {
            foreach (var cmdlet in cmdlets)
            {
                if (!help.TryGetValue(cmdlet.Name, out var document))
                {
                    problems.Add($"{cmdlet.Name} has no help: write {Path.Combine(helpFolder, cmdlet.Name + ".md")} (copy a neighbour's layout).");
                    continue;
                }

                CheckDocument(cmdlet, document, problems);
            }

            foreach (var stale in help.Keys.Where(name => cmdlets.All(c => c.Name != name)))
            {
                problems.Add($"{help[stale].Path}: documents '{stale}', which the module does not define (renamed or removed?).");
            }
        }

        private static void CheckDocument(CmdletModel cmdlet, HelpDocument document, List<string> problems)
        {
            void Fail(string message) => problems.Add($"{document.Path}: {message}");

            if (document.Name != cmdlet.Name) Fail($"the title must be '# {cmdlet.Name}', not '# {document.Name}'.");
            if (document.Synopsis.Count == 0) Fail("the Synopsis is empty.");
            if (document.Synopsis.Count > 1) Fail("the Synopsis is one paragraph.");
            if (document.Description.Count == 0) Fail("the Description is empty.");

            var documented = document.Parameters.ToLookup(p => p.Key, StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in cmdlet.Parameters)
            {
                var entries = documented[parameter.Name].ToList();
                if (entries.Count == 0) Fail($"parameter -{parameter.Name} of {cmdlet.Name} has no help: add '### -{parameter.Name}' under '## Parameters'.");
                else if (entries.Count > 1) Fail($"-{parameter.Name} is documented twice.");
                else if (entries[0].Value.Count == 0) Fail($"-{parameter.Name} has a heading but no text.");
                else if (entries[0].Key != parameter.Name) Fail($"write -{parameter.Name} as the cmdlet spells it, not -{entries[0].Key}.");
            }

            foreach (var extra in document.Parameters.Where(p => cmdlet.Parameters.All(c => !string.Equals(c.Name, p.Key, StringComparison.OrdinalIgnoreCase))))
            {
                Fail($"documents -{extra.Key}, which {cmdlet.Name} does not have.");
            }

            if (document.Examples.Count < MinimumExamples) Fail($"{document.Examples.Count} example(s); at least {MinimumExamples} are needed.");
            foreach (var example in document.Examples)
            {
                if (example.Code.Length == 0) Fail($"example '{example.Title}' has no ```powershell code.");
                if (example.Remarks.Count == 0) Fail($"example '{example.Title}' needs a sentence saying what it does.");
            }
        }
    }
}

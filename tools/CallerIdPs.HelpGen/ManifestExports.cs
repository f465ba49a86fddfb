using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace CallerIdPs.HelpGen
{
    /// <summary>
    /// The compiled assembly is the one list of cmdlets: the manifest's CmdletsToExport must name exactly its [Cmdlet]
    /// classes, so a cmdlet cannot be compiled but hidden, or exported but missing.
    /// </summary>
    internal static class ManifestExports
    {
        private static readonly Regex Block = new Regex(@"CmdletsToExport\s*=\s*@\((?<names>[^)]*)\)", RegexOptions.Singleline);
        private static readonly Regex Name = new Regex(@"'(?<name>[^']+)'");

        public static IReadOnlyList<string> Read(string manifestPath)
        {
            var match = Block.Match(File.ReadAllText(manifestPath));
            return match.Success
                ? Name.Matches(match.Groups["names"].Value).Cast<Match>().Select(m => m.Groups["name"].Value).ToList()
                : Array.Empty<string>();
        }

        public static void Check(IEnumerable<CmdletModel> cmdlets, string manifestPath, List<string> problems)
        {
            var compiled = new HashSet<string>(cmdlets.Select(c => c.Name), StringComparer.OrdinalIgnoreCase);
            var exported = new HashSet<string>(Read(manifestPath), StringComparer.OrdinalIgnoreCase);
            foreach (var name in compiled.Except(exported).OrderBy(n => n, StringComparer.Ordinal))
            {
                problems.Add($"{manifestPath}: CmdletsToExport lacks '{name}', a [Cmdlet] class of the module.");
            }

            foreach (var name in exported.Except(compiled).OrderBy(n => n, StringComparer.Ordinal))
            {
                problems.Add($"{manifestPath}: CmdletsToExport names '{name}', which no [Cmdlet] class of the module implements.");
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CallerIdPs.HelpGen
{
    /// <summary>
    /// dotnet CallerIdPs.HelpGen.dll --assembly CallerIdPs.dll --references refs.txt --help src/CallerIdPs/Help --out out/CallerId [--manifest CallerId.psd1]
    /// Writes &lt;out&gt;/CallerIdPs.dll-Help.xml and &lt;out&gt;/en-US/about_*.help.txt; exits 1, listing every gap, when
    /// a cmdlet or parameter has no help or a help file is malformed, or (with --manifest) when the manifest's
    /// CmdletsToExport differs from the assembly's [Cmdlet] classes.
    /// </summary>
    internal static class Program
    {
        private const string Culture = "en-US";

        private static int Main(string[] args)
        {
            var options = ParseArgs(args);
            if (options == null)
            {
                Console.Error.WriteLine("usage: CallerIdPs.HelpGen --assembly <CallerIdPs.dll> --references <file listing reference paths> --help <folder> --out <module folder> [--manifest <CallerId.psd1>]");
                return 2;
            }

            var (assembly, referencesFile, helpFolder, outFolder, manifest) = options.Value;
            var problems = new List<string>();
            var cmdlets = CmdletMetadataReader.Read(assembly, File.ReadAllLines(referencesFile).Where(l => l.Trim().Length > 0));
            if (manifest != null)
            {
                var exportProblems = new List<string>();
                ManifestExports.Check(cmdlets, manifest, exportProblems);
                foreach (var problem in exportProblems) Console.Error.WriteLine("error EXPORT001: " + problem);
                if (exportProblems.Count > 0) return 1;
            }

            var help = Directory.GetFiles(helpFolder, "*.md")
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => HelpMarkdownReader.Read(p, problems))
                .GroupBy(d => Path.GetFileNameWithoutExtension(d.Path), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            HelpCoverage.Check(cmdlets, help, helpFolder, problems);
            var abouts = Directory.GetFiles(helpFolder, "about_*.help.txt").OrderBy(p => p, StringComparer.Ordinal).ToList();
            if (abouts.Count == 0) problems.Add($"{helpFolder}: no about_*.help.txt topic.");
            foreach (var about in abouts) AboutTopic.Check(about, problems);

            if (problems.Count > 0)
            {
                // MSBuild shows lines in its canonical "error XX:" form as build errors, each on its own.
                foreach (var problem in problems) Console.Error.WriteLine("error HELP001: " + problem);
                Console.Error.WriteLine($"error HELP001: {problems.Count} help problem(s); every exported cmdlet and parameter needs help in {helpFolder}.");
                return 1;
            }

            Directory.CreateDirectory(outFolder);
            var maml = Path.Combine(outFolder, Path.GetFileName(assembly) + "-Help.xml");
            MamlWriter.Write(maml, cmdlets.Select(c => (c, help[c.Name])));
            var cultureFolder = Path.Combine(outFolder, Culture);
            Directory.CreateDirectory(cultureFolder);
            foreach (var about in abouts) File.Copy(about, Path.Combine(cultureFolder, Path.GetFileName(about)), true);
            Console.WriteLine($"Help for {cmdlets.Count} cmdlets written to {maml}; {abouts.Count} about topic(s) to {cultureFolder}.");
            return 0;
        }

        private static (string Assembly, string References, string Help, string Out, string? Manifest)? ParseArgs(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2) values[args[i]] = args[i + 1];
            return values.TryGetValue("--assembly", out var a) && values.TryGetValue("--references", out var r)
                && values.TryGetValue("--help", out var h) && values.TryGetValue("--out", out var o)
                ? (a, r, h, o, values.TryGetValue("--manifest", out var m) ? m : null)
                : null;
        }
    }
}

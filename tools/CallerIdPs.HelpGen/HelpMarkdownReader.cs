using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CallerIdPs.HelpGen
{
    /// <summary>
    /// Reads the strict help Markdown: "# Verb-Noun", then the sections "## Synopsis", "## Description",
    /// "## Parameters" (one "### -Name" each), "## Examples" (each "### title", one ```powershell block, then prose),
    /// and optionally "## Notes" and "## Related Links" ("- Verb-Noun" lines). Paragraphs are separated by blank lines.
    /// Anything else is an error naming the file and line, so a typo cannot silently drop help.
    /// </summary>
    internal static class HelpMarkdownReader
    {
        private static readonly string[] Sections = { "Synopsis", "Description", "Parameters", "Examples", "Notes", "Related Links" };

        public static HelpDocument Read(string path, List<string> problems)
        {
            var document = new HelpDocument { Path = path };
            var lines = File.ReadAllLines(path);
            string? section = null;
            List<string>? paragraphs = null;
            HelpExample? example = null;
            var paragraph = new StringBuilder();
            var seen = new HashSet<string>(StringComparer.Ordinal);

            void Fail(int index, string message) => problems.Add($"{path}({index + 1}): {message}");

            void EndParagraph()
            {
                if (paragraph.Length == 0) return;
                if (paragraphs == null) Fail(0, "text outside any section.");
                else paragraphs.Add(paragraph.ToString());
                paragraph.Clear();
            }

            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimEnd();
                if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    if (document.Name.Length > 0) Fail(i, "a second '# ' title.");
                    document.Name = line.Substring(2).Trim();
                    continue;
                }

                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    EndParagraph();
                    section = line.Substring(3).Trim();
                    example = null;
                    if (!Sections.Contains(section)) Fail(i, $"unknown section '{section}' (expected one of: {string.Join(", ", Sections)}).");
                    if (!seen.Add(section)) Fail(i, $"section '{section}' appears twice.");
                    paragraphs = section switch
                    {
                        "Synopsis" => document.Synopsis,
                        "Description" => document.Description,
                        "Notes" => document.Notes,
                        _ => null,
                    };
                    continue;
                }

                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    EndParagraph();
                    var heading = line.Substring(4).Trim();
                    if (section == "Parameters")
                    {
                        if (!heading.StartsWith("-", StringComparison.Ordinal) || heading.Length < 2 || heading.Contains(' '))
                        {
                            Fail(i, $"a parameter heading must be '### -Name', not '### {heading}'.");
                        }

                        paragraphs = new List<string>();
                        document.Parameters.Add(new KeyValuePair<string, List<string>>(heading.TrimStart('-'), paragraphs));
                    }
                    else if (section == "Examples")
                    {
                        example = new HelpExample(heading);
                        document.Examples.Add(example);
                        paragraphs = example.Remarks;
                    }
                    else
                    {
                        Fail(i, $"'###' headings belong in Parameters or Examples, not in '{section}'.");
                    }

                    continue;
                }

                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    EndParagraph();
                    var start = i;
                    if (example == null) Fail(i, "a code block outside an example.");
                    else if (line != "```powershell") Fail(i, "example code blocks must be ```powershell.");
                    else if (example.Code.Length > 0) Fail(i, "an example has one code block.");
                    else if (example.Remarks.Count > 0) Fail(i, "an example's code comes before its explanation.");
                    var code = new List<string>();
                    for (i++; i < lines.Length && !lines[i].TrimEnd().StartsWith("```", StringComparison.Ordinal); i++) code.Add(lines[i].TrimEnd());
                    if (i == lines.Length) Fail(start, "unclosed code block.");
                    if (example != null) example.Code = string.Join("\n", code).Trim('\n');
                    continue;
                }

                if (section == "Related Links" && line.Length > 0)
                {
                    if (!line.StartsWith("- ", StringComparison.Ordinal)) Fail(i, "Related Links are '- Verb-Noun' lines.");
                    else document.RelatedLinks.Add(line.Substring(2).Trim());
                    continue;
                }

                if (line.Length == 0)
                {
                    EndParagraph();
                    continue;
                }

                if (section == "Parameters" && paragraphs == null || section == "Examples" && example == null)
                {
                    Fail(i, $"text in '{section}' before its first '###' heading.");
                    continue;
                }

                if (paragraph.Length > 0) paragraph.Append(' ');
                paragraph.Append(line.Trim());
            }

            EndParagraph();
            foreach (var required in new[] { "Synopsis", "Description", "Parameters", "Examples" })
            {
                if (!seen.Contains(required)) problems.Add($"{path}: missing the '## {required}' section.");
            }

            return document;
        }
    }
}

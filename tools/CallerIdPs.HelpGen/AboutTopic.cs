using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CallerIdPs.HelpGen
{
    /// <summary>
    /// Checks an about_*.help.txt source has the layout Get-Help reads (TOPIC, SHORT DESCRIPTION, LONG DESCRIPTION, the topic
    /// name under TOPIC) and copies it into the module's culture folder.
    /// </summary>
    internal static class AboutTopic
    {
        private static readonly string[] RequiredHeadings = { "TOPIC", "SHORT DESCRIPTION", "LONG DESCRIPTION" };

        public static void Check(string source, List<string> problems)
        {
            var topic = Path.GetFileName(source).Replace(".help.txt", "", StringComparison.OrdinalIgnoreCase);
            var lines = File.ReadAllLines(source).Select(l => l.TrimEnd()).ToList();
            foreach (var heading in RequiredHeadings)
            {
                if (!lines.Contains(heading)) problems.Add($"{source}: missing the '{heading}' heading (at the start of a line, in capitals).");
            }

            var topicLine = lines.IndexOf("TOPIC");
            if (topicLine >= 0 && (topicLine + 1 >= lines.Count || !string.Equals(lines[topicLine + 1].Trim(), topic, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{source}: the line after TOPIC must be the topic's name, {topic}.");
            }

            var tooLong = lines.Select((l, i) => (l, i)).Where(x => x.l.Length > 80).Select(x => x.i + 1).ToList();
            if (tooLong.Count > 0)
            {
                problems.Add($"{source}: lines longer than 80 characters wrap badly in a console: {string.Join(", ", tooLong)}.");
            }
        }
    }
}

using System.Collections.Generic;

namespace CallerIdPs.HelpGen
{
    /// <summary>One cmdlet's help as written in src/CallerIdPs/Help/Verb-Noun.md.</summary>
    internal sealed class HelpDocument
    {
        public string Path { get; set; } = "";
        public string Name { get; set; } = "";
        public List<string> Synopsis { get; } = new List<string>();
        public List<string> Description { get; } = new List<string>();

        /// <summary>Parameter name (without the dash) to its paragraphs, in the order written.</summary>
        public List<KeyValuePair<string, List<string>>> Parameters { get; } = new List<KeyValuePair<string, List<string>>>();
        public List<HelpExample> Examples { get; } = new List<HelpExample>();
        public List<string> Notes { get; } = new List<string>();
        public List<string> RelatedLinks { get; } = new List<string>();
    }

    internal sealed class HelpExample
    {
        public HelpExample(string title)
        {
            Title = title;
        }

        public string Title { get; }
        public string Code { get; set; } = "";
        public List<string> Remarks { get; } = new List<string>();
    }
}

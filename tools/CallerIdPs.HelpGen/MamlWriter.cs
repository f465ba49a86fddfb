using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;

namespace CallerIdPs.HelpGen
{
    /// <summary>Writes the MAML file PowerShell's Get-Help reads for binary cmdlets (&lt;assembly&gt;-Help.xml).</summary>
    internal static class MamlWriter
    {
        private const string Msh = "http://msh";
        private const string Maml = "http://schemas.microsoft.com/maml/2004/10";
        private const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        public static void Write(string path, IEnumerable<(CmdletModel Cmdlet, HelpDocument Help)> items)
        {
            var settings = new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
            using var xml = XmlWriter.Create(path, settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("helpItems", Msh);
            xml.WriteAttributeString("schema", "maml");
            foreach (var (cmdlet, help) in items)
            {
                WriteCommand(xml, cmdlet, help);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        private static void WriteCommand(XmlWriter xml, CmdletModel cmdlet, HelpDocument help)
        {
            xml.WriteStartElement("command", "command", Command);
            xml.WriteAttributeString("xmlns", "maml", null, Maml);
            xml.WriteAttributeString("xmlns", "dev", null, Dev);

            xml.WriteStartElement("command", "details", Command);
            xml.WriteElementString("command", "name", Command, cmdlet.Name);
            xml.WriteElementString("command", "verb", Command, cmdlet.Verb);
            xml.WriteElementString("command", "noun", Command, cmdlet.Noun);
            Paragraphs(xml, "maml", "description", Maml, help.Synopsis);
            xml.WriteEndElement();

            Paragraphs(xml, "maml", "description", Maml, help.Description);

            xml.WriteStartElement("command", "syntax", Command);
            foreach (var set in cmdlet.ParameterSets)
            {
                xml.WriteStartElement("command", "syntaxItem", Command);
                xml.WriteElementString("maml", "name", Maml, cmdlet.Name);
                foreach (var parameter in Ordered(cmdlet.InSet(set), set))
                {
                    WriteParameter(xml, parameter, parameter.UseIn(set), null, DefaultValue(help, parameter.Name, out _));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("command", "parameters", Command);
            foreach (var parameter in cmdlet.Parameters.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
            {
                var defaultValue = DefaultValue(help, parameter.Name, out var description);
                WriteParameter(xml, parameter, Summary(parameter), description, defaultValue);
            }

            xml.WriteEndElement();

            WriteInputTypes(xml, cmdlet);
            WriteReturnValues(xml, cmdlet);

            if (help.Notes.Count > 0)
            {
                xml.WriteStartElement("maml", "alertSet", Maml);
                xml.WriteStartElement("maml", "alert", Maml);
                foreach (var note in help.Notes) xml.WriteElementString("maml", "para", Maml, note);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteStartElement("command", "examples", Command);
            var number = 0;
            foreach (var example in help.Examples)
            {
                number++;
                xml.WriteStartElement("command", "example", Command);
                xml.WriteElementString("maml", "title", Maml, $"-------------------------- Example {number}: {example.Title} --------------------------");
                xml.WriteElementString("dev", "code", Dev, example.Code);
                Paragraphs(xml, "dev", "remarks", Dev, example.Remarks);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("command", "relatedLinks", Command);
            foreach (var link in help.RelatedLinks.Prepend("about_CallerId"))
            {
                xml.WriteStartElement("maml", "navigationLink", Maml);
                xml.WriteElementString("maml", "linkText", Maml, link);
                xml.WriteElementString("maml", "uri", Maml, "");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        /// <summary>Positional parameters first by position, then mandatory ones, then the rest, engine-added ones last.</summary>
        private static IEnumerable<ParameterModel> Ordered(IEnumerable<ParameterModel> parameters, string set) =>
            parameters
                .Select((p, index) => (p, index))
                .OrderBy(x => x.p.UseIn(set).Position ?? int.MaxValue)
                .ThenBy(x => x.p.UseIn(set).Mandatory ? 0 : 1)
                .ThenBy(x => x.index)
                .Select(x => x.p);

        /// <summary>The parameter across its sets, for the PARAMETERS section.</summary>
        private static ParameterSetUse Summary(ParameterModel parameter)
        {
            var uses = parameter.Sets.Values.ToList();
            var positions = uses.Select(u => u.Position).Distinct().ToList();
            return new ParameterSetUse(
                uses.All(u => u.Mandatory),
                positions.Count == 1 ? positions[0] : null,
                uses.Any(u => u.ByValue),
                uses.Any(u => u.ByPropertyName));
        }

        private const string DefaultValuePrefix = "Default value: ";

        /// <summary>
        /// A parameter's default as its help states it, in a paragraph of its own: "Default value: 100" (Get-Help shows it
        /// as "Default value"); null when it states none. <paramref name="description"/> is the rest of its paragraphs.
        /// </summary>
        private static string? DefaultValue(HelpDocument help, string parameter, out List<string> description)
        {
            var paragraphs = help.Parameters.First(p => string.Equals(p.Key, parameter, StringComparison.OrdinalIgnoreCase)).Value;
            var stated = paragraphs.FirstOrDefault(p => p.StartsWith(DefaultValuePrefix, StringComparison.Ordinal));
            description = paragraphs.Where(p => !ReferenceEquals(p, stated)).ToList();
            return stated?.Substring(DefaultValuePrefix.Length).Trim().TrimEnd('.');
        }

        private static void WriteParameter(XmlWriter xml, ParameterModel parameter, ParameterSetUse use, List<string>? description, string? defaultValue)
        {
            xml.WriteStartElement("command", "parameter", Command);
            xml.WriteAttributeString("required", use.Mandatory ? "true" : "false");
            xml.WriteAttributeString("variableLength", parameter.IsArray ? "true" : "false");
            xml.WriteAttributeString("globbing", parameter.Globbing ? "true" : "false");
            xml.WriteAttributeString("pipelineInput", PipelineInput(use));
            xml.WriteAttributeString("position", use.Position.HasValue ? use.Position.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "named");
            xml.WriteAttributeString("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases));
            xml.WriteElementString("maml", "name", Maml, parameter.Name);
            if (description != null) Paragraphs(xml, "maml", "description", Maml, description);
            if (parameter.EnumValues.Count > 0)
            {
                xml.WriteStartElement("command", "parameterValueGroup", Command);
                foreach (var value in parameter.EnumValues)
                {
                    xml.WriteStartElement("command", "parameterValue", Command);
                    xml.WriteAttributeString("required", "false");
                    xml.WriteAttributeString("variableLength", "false");
                    xml.WriteString(value);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            if (!parameter.IsSwitch)
            {
                xml.WriteStartElement("command", "parameterValue", Command);
                xml.WriteAttributeString("required", "true");
                xml.WriteAttributeString("variableLength", parameter.IsArray ? "true" : "false");
                xml.WriteString(parameter.TypeName);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("dev", "type", Dev);
            xml.WriteElementString("maml", "name", Maml, parameter.TypeFullName);
            xml.WriteElementString("maml", "uri", Maml, "");
            xml.WriteEndElement();
            xml.WriteElementString("dev", "defaultValue", Dev, defaultValue ?? (parameter.IsSwitch ? "False" : "None"));
            xml.WriteEndElement();
        }

        private static string PipelineInput(ParameterSetUse use) =>
            use.ByValue && use.ByPropertyName ? "True (ByPropertyName, ByValue)"
            : use.ByValue ? "True (ByValue)"
            : use.ByPropertyName ? "True (ByPropertyName)"
            : "False";

        private static void WriteInputTypes(XmlWriter xml, CmdletModel cmdlet)
        {
            xml.WriteStartElement("command", "inputTypes", Command);
            var byValue = cmdlet.Parameters.Where(p => p.Sets.Values.Any(u => u.ByValue)).ToList();
            var byName = cmdlet.Parameters.Where(p => p.Sets.Values.Any(u => u.ByPropertyName)).Select(p => p.Name).ToList();
            foreach (var parameter in byValue)
            {
                InputOrOutput(xml, "inputType", parameter.TypeFullName, $"Bound to -{parameter.Name}.");
            }

            if (byName.Count > 0)
            {
                InputOrOutput(xml, "inputType", "System.Management.Automation.PSObject", "Any object whose properties bind by name: " + string.Join(", ", byName) + ".");
            }

            if (byValue.Count == 0 && byName.Count == 0)
            {
                InputOrOutput(xml, "inputType", "None", "This cmdlet takes no pipeline input.");
            }

            xml.WriteEndElement();
        }

        private static void WriteReturnValues(XmlWriter xml, CmdletModel cmdlet)
        {
            xml.WriteStartElement("command", "returnValues", Command);
            if (cmdlet.OutputTypes.Count == 0) InputOrOutput(xml, "returnValue", "None", "This cmdlet writes no objects.");
            foreach (var type in cmdlet.OutputTypes) InputOrOutput(xml, "returnValue", type, "");
            xml.WriteEndElement();
        }

        private static void InputOrOutput(XmlWriter xml, string element, string typeName, string description)
        {
            xml.WriteStartElement("command", element, Command);
            xml.WriteStartElement("dev", "type", Dev);
            xml.WriteElementString("maml", "name", Maml, typeName);
            xml.WriteElementString("maml", "uri", Maml, "");
            xml.WriteEndElement();
            Paragraphs(xml, "maml", "description", Maml, description.Length == 0 ? new List<string>() : new List<string> { description });
            xml.WriteEndElement();
        }

        private static void Paragraphs(XmlWriter xml, string prefix, string name, string ns, IEnumerable<string> paragraphs)
        {
            xml.WriteStartElement(prefix, name, ns);
            foreach (var paragraph in paragraphs) xml.WriteElementString("maml", "para", Maml, paragraph);
            xml.WriteEndElement();
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Every output type has a default table view and a list view in the shipped format file.</summary>
    public sealed class FormatFileTests
    {
        private static readonly XDocument Formats =
            XDocument.Load(Path.Combine(Path.GetDirectoryName(ModuleSession.ModulePath)!, "CallerId.Format.ps1xml"));

        public static IEnumerable<object[]> OutputTypes() =>
            typeof(ProviderRecord).Assembly.GetExportedTypes()
                .Where(t => !t.IsAbstract && (typeof(ProviderRecord).IsAssignableFrom(t) || t == typeof(CallerIdConnection)))
                .Select(t => new object[] { t.FullName! });

        [Theory]
        [MemberData(nameof(OutputTypes))]
        public void Has_a_table_view_and_a_list_view(string typeName)
        {
            var type = typeof(ProviderRecord).Assembly.GetType(typeName)!;

            Assert.True(HasView(type, "TableControl"), $"{typeName} has no table view");
            Assert.True(HasView(type, "ListControl"), $"{typeName} has no list view");
        }

        // A view selected by a base class applies to its subclasses, as PowerShell matches the type hierarchy.
        private static bool HasView(Type type, string control)
        {
            var names = new HashSet<string>(Formats.Descendants("View")
                .Where(v => v.Element(control) != null)
                .SelectMany(v => v.Descendants("TypeName").Select(n => n.Value.Trim())));
            for (var t = type; t != null; t = t.BaseType)
            {
                if (names.Contains(t.FullName!)) return true;
            }

            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Xml.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// CallerId.Types.ps1xml gives every date of every output type an ISO 8601 ToString() (Export-Csv writes it). A date
    /// property without an entry would write a culture-formatted date again; an entry naming no such property would break
    /// the import. Both fail here.
    /// </summary>
    public sealed class TypesFileTests
    {
        private const string GetterType = "CallerIdPs.Infrastructure.IsoDates";

        private static readonly XDocument TypesFile =
            XDocument.Load(Path.Combine(ModuleSession.ModuleFolder, "CallerId.Types.ps1xml"));

        private static readonly Type[] CoreTypes = typeof(ProviderRecord).Assembly.GetExportedTypes();

        private static IEnumerable<(string TypeName, string Property, XElement Code)> Entries() =>
            TypesFile.Root!.Elements("Type").SelectMany(t => t.Descendants("CodeProperty").Select(p =>
                (t.Element("Name")!.Value.Trim(), p.Element("Name")!.Value.Trim(), p)));

        /// <summary>The module's data types: the model, the journal, connections, and whatever a cmdlet declares it writes.</summary>
        private static IEnumerable<Type> OutputTypes(IEnumerable<Type> declared) =>
            CoreTypes.Where(t => t.IsClass && (t.Namespace == "CallerIdPs.Model" || t.Namespace == "CallerIdPs.Journal"))
                .Append(typeof(CallerIdConnection))
                .Concat(declared)
                .Distinct();

        private static bool IsDate(Type type) => type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?);

        private static IEnumerable<Type> SelfAndBases(Type type)
        {
            for (var t = type; t != null; t = t.BaseType) yield return t;
        }

        [Fact]
        public void Every_date_property_of_every_output_type_has_an_entry()
        {
            using var session = new ModuleSession();
            var declared = session.Run("Get-Command -Module CallerId | ForEach-Object OutputType | ForEach-Object Type")
                .Output.Select(o => o.BaseObject).OfType<Type>().Where(t => t.Assembly == typeof(ProviderRecord).Assembly);
            var entries = new HashSet<(string, string)>(Entries().Select(e => (e.TypeName, e.Property)));

            var missing = OutputTypes(declared)
                .SelectMany(type => type.GetProperties().Where(p => IsDate(p.PropertyType) && p.GetGetMethod()?.IsStatic == false)
                    .Where(p => !SelfAndBases(type).Any(t => entries.Contains((t.FullName!, p.Name))))
                    .Select(p => $"{type.FullName}.{p.Name}"))
                .ToList();

            Assert.True(missing.Count == 0, "No CodeProperty in CallerId.Types.ps1xml for: " + string.Join(", ", missing));
        }

        [Fact]
        public void Every_entry_names_a_date_property_and_its_own_getter()
        {
            var entries = Entries().ToList();
            Assert.NotEmpty(entries);

            foreach (var (typeName, property, code) in entries)
            {
                var type = CoreTypes.SingleOrDefault(t => t.FullName == typeName);
                Assert.True(type != null, $"{typeName} is not a public type of CallerIdPs.Core");
                var clr = type!.GetProperty(property);
                Assert.True(clr != null && IsDate(clr.PropertyType), $"{typeName} has no DateTimeOffset property {property}");
                Assert.Equal(GetterType, code.Element("GetCodeReference")?.Element("TypeName")?.Value.Trim());
                Assert.Equal(property, code.Element("GetCodeReference")?.Element("MethodName")?.Value.Trim());

                // A date PowerShell could set stays settable through the code property; a read-only one stays read-only.
                var setter = code.Element("SetCodeReference");
                var settable = clr.GetSetMethod() != null;
                Assert.True(settable == (setter != null), $"{typeName}.{property}: SetCodeReference {(settable ? "missing" : "on a read-only property")}");
                if (setter != null)
                {
                    Assert.Equal(GetterType, setter.Element("TypeName")?.Value.Trim());
                    Assert.Equal("Set" + property, setter.Element("MethodName")?.Value.Trim());
                }
            }
        }

        [Fact]
        public void The_manifest_loads_the_types_file_and_every_getter_exists()
        {
            using var session = new ModuleSession();

            var typeFiles = session.Run("(Get-Module CallerId).ExportedTypeFiles").Output.Select(o => Path.GetFileName(o.BaseObject.ToString())).ToList();
            Assert.Equal(new[] { "CallerId.Types.ps1xml" }, typeFiles);

            foreach (var name in Entries().Select(e => e.Property).Distinct())
            {
                var getter = session.Run($"[{GetterType}].GetMethod('{name}')").Output.Select(o => o.BaseObject).OfType<System.Reflection.MethodInfo>().SingleOrDefault();
                Assert.True(getter != null && getter.IsStatic && getter.GetParameters().Single().ParameterType == typeof(PSObject), $"{GetterType}.{name}(PSObject) is missing");
            }
        }

        [Fact]
        public void A_date_read_through_PowerShell_is_the_same_DateTimeOffset_with_an_ISO_ToString()
        {
            using var session = new ModuleSession();

            var result = session.Run(
                "Connect-CallerIdProvider -Provider TwoChat -Sandbox | Out-Null; " +
                "$c = Get-CallerId -Connection TwoChat -First 1; " +
                "$c.CreatedAt.GetType().FullName; $c.CreatedAt.ToString(); $c.CreatedAt.ToString('yyyy'); " +
                "[DateTimeOffset]$c.CreatedAt -eq $c.PSObject.BaseObject.CreatedAt; ($c | ConvertTo-Csv | ConvertFrom-Csv).CreatedAt");
            Assert.Empty(result.Errors);
            var clr = ((CallerId)session.Run("Get-CallerId -Connection TwoChat -First 1").Output.Single().BaseObject).CreatedAt!.Value;

            var lines = result.Output.Select(o => o.ToString()).ToList();
            Assert.Equal("System.DateTimeOffset", lines[0]);
            Assert.Equal(clr.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture), lines[1]);
            Assert.Equal(clr.ToString("yyyy"), lines[2]);
            Assert.Equal("True", lines[3]);
            Assert.Equal(lines[1], lines[4]);
        }
    }
}

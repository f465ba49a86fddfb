using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CallerIdPs.HelpGen
{
    /// <summary>
    /// Reads the cmdlets of the built module without running it: MetadataLoadContext over the module assembly and its
    /// compile references, so the tool needs neither a PowerShell engine nor the netstandard runtime.
    /// </summary>
    internal static class CmdletMetadataReader
    {
        private const string Sma = "System.Management.Automation.";

        public static IReadOnlyList<CmdletModel> Read(string assemblyPath, IEnumerable<string> referencePaths)
        {
            var paths = referencePaths.Append(assemblyPath).Where(File.Exists).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var byName = paths.GroupBy(p => Path.GetFileName(p), StringComparer.OrdinalIgnoreCase).Select(g => g.First());
            using var context = new MetadataLoadContext(new PathAssemblyResolver(byName), "netstandard");
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            return assembly.GetTypes()
                .Where(t => t.IsPublic && !t.IsAbstract)
                .Select(t => (Type: t, Cmdlet: Attribute(t.GetCustomAttributesData(), "CmdletAttribute")))
                .Where(x => x.Cmdlet != null)
                .Select(x => ReadCmdlet(x.Type, x.Cmdlet!))
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .ToList();
        }

        private static CmdletModel ReadCmdlet(Type type, CustomAttributeData cmdlet)
        {
            var verb = (string)cmdlet.ConstructorArguments[0].Value!;
            var noun = (string)cmdlet.ConstructorArguments[1].Value!;
            var defaultSet = Named<string>(cmdlet, "DefaultParameterSetName");
            var parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(ReadParameter)
                .Where(p => p != null)
                .Select(p => p!)
                .ToList();
            if (Named<bool>(cmdlet, "SupportsShouldProcess"))
            {
                parameters.Add(Engine("WhatIf", "SwitchParameter", "System.Management.Automation.SwitchParameter", true, new[] { "wi" }));
                parameters.Add(Engine("Confirm", "SwitchParameter", "System.Management.Automation.SwitchParameter", true, new[] { "cf" }));
            }

            if (Named<bool>(cmdlet, "SupportsPaging"))
            {
                parameters.Add(Engine("IncludeTotalCount", "SwitchParameter", "System.Management.Automation.SwitchParameter", true, Array.Empty<string>()));
                parameters.Add(Engine("Skip", "UInt64", "System.UInt64", false, Array.Empty<string>()));
                parameters.Add(Engine("First", "UInt64", "System.UInt64", false, Array.Empty<string>()));
            }

            var sets = new List<string>();
            if (defaultSet != null) sets.Add(defaultSet);
            sets.AddRange(parameters.SelectMany(p => p.Sets.Keys).Where(s => s != ParameterModel.AllSets));
            sets = sets.Distinct(StringComparer.Ordinal).ToList();
            if (sets.Count == 0) sets.Add(ParameterModel.AllSets);

            var outputs = type.GetCustomAttributesData()
                .Where(a => a.AttributeType.FullName == Sma + "OutputTypeAttribute")
                .SelectMany(a => a.ConstructorArguments)
                .SelectMany(Types)
                .Where(t => t.FullName != "System.Void")
                .Select(t => t.FullName!)
                .Distinct()
                .ToList();
            return new CmdletModel(verb, noun, parameters, sets, outputs);
        }

        private static ParameterModel? ReadParameter(PropertyInfo property)
        {
            var attributes = property.GetCustomAttributesData();
            var uses = attributes.Where(a => a.AttributeType.FullName == Sma + "ParameterAttribute").ToList();
            if (uses.Count == 0) return null;
            var sets = new Dictionary<string, ParameterSetUse>(StringComparer.Ordinal);
            foreach (var use in uses)
            {
                var position = Named<int?>(use, "Position");
                sets[Named<string>(use, "ParameterSetName") ?? ParameterModel.AllSets] = new ParameterSetUse(
                    Named<bool>(use, "Mandatory"),
                    position.HasValue && position.Value >= 0 ? position : null,
                    Named<bool>(use, "ValueFromPipeline"),
                    Named<bool>(use, "ValueFromPipelineByPropertyName"));
            }

            var aliases = attributes.Where(a => a.AttributeType.FullName == Sma + "AliasAttribute")
                .SelectMany(a => a.ConstructorArguments)
                .SelectMany(Strings)
                .ToList();
            var globbing = attributes.Any(a => a.AttributeType.FullName == Sma + "SupportsWildcardsAttribute");
            var type = property.PropertyType;
            var element = Unwrap(type.IsArray ? type.GetElementType()! : type);
            var shown = Unwrap(type).IsArray ? Unwrap(type.GetElementType()!).Name + "[]" : Unwrap(type).Name;
            var enumValues = element.IsEnum
                ? element.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name).ToList()
                : new List<string>();
            return new ParameterModel(property.Name, shown, Unwrap(type).FullName ?? shown, type.FullName == Sma + "SwitchParameter", enumValues, aliases, globbing, sets);
        }

        private static ParameterModel Engine(string name, string typeName, string fullName, bool isSwitch, IReadOnlyList<string> aliases) =>
            new ParameterModel(name, typeName, fullName, isSwitch, Array.Empty<string>(), aliases, false,
                new Dictionary<string, ParameterSetUse> { [ParameterModel.AllSets] = new ParameterSetUse(false, null, false, false) });

        private static Type Unwrap(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1" ? type.GetGenericArguments()[0] : type;

        private static CustomAttributeData? Attribute(IEnumerable<CustomAttributeData> attributes, string name) =>
            attributes.FirstOrDefault(a => a.AttributeType.FullName == Sma + name);

        private static T Named<T>(CustomAttributeData attribute, string name)
        {
            var argument = attribute.NamedArguments.FirstOrDefault(a => a.MemberName == name);
            return argument.MemberInfo == null ? default! : (T)argument.TypedValue.Value!;
        }

        private static IEnumerable<Type> Types(CustomAttributeTypedArgument argument) =>
            argument.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => (Type)i.Value!) : new[] { (Type)argument.Value! };

        private static IEnumerable<string> Strings(CustomAttributeTypedArgument argument) =>
            argument.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => (string)i.Value!) : new[] { (string)argument.Value! };
    }
}

using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.HelpGen
{
    /// <summary>A cmdlet as the compiled assembly declares it: what help must cover and what the syntax shows.</summary>
    internal sealed class CmdletModel
    {
        public CmdletModel(string verb, string noun, IReadOnlyList<ParameterModel> parameters, IReadOnlyList<string> parameterSets, IReadOnlyList<string> outputTypes)
        {
            Verb = verb;
            Noun = noun;
            Parameters = parameters;
            ParameterSets = parameterSets;
            OutputTypes = outputTypes;
        }

        public string Verb { get; }
        public string Noun { get; }
        public string Name => Verb + "-" + Noun;
        public IReadOnlyList<ParameterModel> Parameters { get; }

        /// <summary>Named sets in declaration order, the default first; one "__AllParameterSets" when the cmdlet has none.</summary>
        public IReadOnlyList<string> ParameterSets { get; }

        /// <summary>Full names from [OutputType]; empty when the cmdlet writes nothing.</summary>
        public IReadOnlyList<string> OutputTypes { get; }

        public IEnumerable<ParameterModel> InSet(string set) => Parameters.Where(p => p.Sets.ContainsKey(set) || p.Sets.ContainsKey(ParameterModel.AllSets));
    }

    internal sealed class ParameterModel
    {
        public const string AllSets = "__AllParameterSets";

        public ParameterModel(string name, string typeName, string typeFullName, bool isSwitch, IReadOnlyList<string> enumValues, IReadOnlyList<string> aliases, bool globbing, IReadOnlyDictionary<string, ParameterSetUse> sets)
        {
            Name = name;
            TypeName = typeName;
            TypeFullName = typeFullName;
            IsSwitch = isSwitch;
            EnumValues = enumValues;
            Aliases = aliases;
            Globbing = globbing;
            Sets = sets;
        }

        public string Name { get; }

        /// <summary>As PowerShell shows it in syntax: String, CallerIdType[], Nullable`1 unwrapped to its value type.</summary>
        public string TypeName { get; }
        public string TypeFullName { get; }
        public bool IsSwitch { get; }
        public IReadOnlyList<string> EnumValues { get; }
        public IReadOnlyList<string> Aliases { get; }
        public bool Globbing { get; }
        public IReadOnlyDictionary<string, ParameterSetUse> Sets { get; }
        public bool IsArray => TypeName.EndsWith("[]", System.StringComparison.Ordinal);

        public ParameterSetUse UseIn(string set) => Sets.TryGetValue(set, out var use) ? use : Sets[AllSets];
    }

    /// <summary>How a parameter takes part in one parameter set.</summary>
    internal sealed class ParameterSetUse
    {
        public ParameterSetUse(bool mandatory, int? position, bool byValue, bool byPropertyName)
        {
            Mandatory = mandatory;
            Position = position;
            ByValue = byValue;
            ByPropertyName = byPropertyName;
        }

        public bool Mandatory { get; }
        public int? Position { get; }
        public bool ByValue { get; }
        public bool ByPropertyName { get; }
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Lets enum parameters take the providers' own spellings as well as the enum names: "tollfree", "toll-free",
    /// "sms_in", "SmsIn" all bind. Anything else fails binding with the list of valid values.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class ProviderSpellingAttribute : ArgumentTransformationAttribute
    {
        private readonly Type _enumType;

        public ProviderSpellingAttribute(Type enumType) => _enumType = enumType;

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is string text)
            {
                return Parse(text);
            }

            if (value is IEnumerable items)
            {
                var parsed = new List<object>();
                foreach (var item in items)
                {
                    var inner = item is PSObject w ? w.BaseObject : item;
                    parsed.Add(inner is string s ? Parse(s) : inner);
                }

                // Enum values stay as they are; anything else is left for PowerShell's own conversion to judge.
                if (parsed.All(p => p != null && p.GetType() == _enumType))
                {
                    var array = Array.CreateInstance(_enumType, parsed.Count);
                    for (var i = 0; i < parsed.Count; i++)
                    {
                        array.SetValue(parsed[i], i);
                    }

                    return array;
                }

                return parsed.ToArray();
            }

            return value;
        }

        private object Parse(string text)
        {
            var compact = text.Trim().Replace("-", "").Replace("_", "").Replace(" ", "");
            var match = Enum.GetNames(_enumType).FirstOrDefault(n => string.Equals(n, compact, StringComparison.OrdinalIgnoreCase));
            if (match != null)
            {
                return Enum.Parse(_enumType, match);
            }

            throw new ArgumentTransformationMetadataException(
                $"'{text}' is not one of: {string.Join(", ", Enum.GetNames(_enumType))}.");
        }
    }
}

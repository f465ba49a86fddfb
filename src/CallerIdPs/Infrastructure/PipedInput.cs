using System;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.RegularExpressions;
using CallerIdPs.Model;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// The object piped in for the record being processed, for an error about input the cmdlet could not use: PowerShell
    /// binds what it can (a piped virtual number's ConnectionName binds -Connection) and calls the cmdlet with nothing else,
    /// so the cmdlet must say what was piped itself. PowerShell keeps that object only internally.
    /// </summary>
    internal static class PipedInput
    {
        private static readonly PropertyInfo? Current =
            typeof(Cmdlet).BaseType?.GetProperty("CurrentPipelineObject", BindingFlags.Instance | BindingFlags.NonPublic);

        /// <summary>The piped object (unwrapped), or null when nothing was piped or PowerShell does not expose it.</summary>
        public static object? Of(PSCmdlet cmdlet)
        {
            if (!cmdlet.MyInvocation.ExpectingInput) return null;
            object? value;
            try
            {
                value = Current?.GetValue(cmdlet);
            }
            catch (TargetInvocationException)
            {
                return null;
            }

            return value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
        }

        /// <summary>What it is, as the user knows it: "a virtual number" for any provider's VirtualNumber, "a String".</summary>
        public static string Describe(object piped)
        {
            var type = piped is PSObject wrapped ? wrapped.BaseObject.GetType() : piped.GetType();
            if (piped is PSObject custom && custom.BaseObject is PSCustomObject) return "an object with properties " + string.Join(", ", custom.Properties.Select(p => p.Name));
            if (!typeof(ProviderRecord).IsAssignableFrom(type)) return "a " + type.Name;
            while (type.BaseType != null && type.BaseType != typeof(ProviderRecord)) type = type.BaseType;
            var words = Regex.Replace(type.Name, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
            words = Regex.Replace(words, @"\b(id|did)\b", m => m.Value.ToUpperInvariant());
            return ("aeiou".IndexOf(words[0]) >= 0 ? "an " : "a ") + words;
        }
    }
}

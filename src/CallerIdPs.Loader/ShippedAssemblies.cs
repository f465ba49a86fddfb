using System;
using System.IO;
using System.Reflection;

namespace CallerIdPs.Loading
{
    /// <summary>Finds an assembly the module ships (at its top or in Dependencies/), by simple name, whatever version was asked for.</summary>
    internal static class ShippedAssemblies
    {
        /// <summary>The path of the shipped file for <paramref name="requestedName"/>, or null when none of <paramref name="directories"/> holds it.</summary>
        public static string? Find(string[] directories, string requestedName)
        {
            AssemblyName name;
            try
            {
                name = new AssemblyName(requestedName);
            }
            catch (Exception e) when (e is ArgumentException || e is FileLoadException)
            {
                return null;
            }

            // Satellite (resource) assemblies and names that could leave the folder are never ours.
            if (string.IsNullOrEmpty(name.Name) || name.Name!.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
                || (!string.IsNullOrEmpty(name.CultureName) && name.CultureName != "neutral"))
            {
                return null;
            }

            foreach (var directory in directories)
            {
                var path = Path.Combine(directory, name.Name + ".dll");
                if (File.Exists(path))
                {
                    return path;
                }
            }

            return null;
        }
    }
}

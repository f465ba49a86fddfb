using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace CallerIdPs.Loading
{
    /// <summary>
    /// The module's own load context: CallerIdPs.Core, the sandbox and their third-party dependencies
    /// (Microsoft.Extensions.*, Microsoft.Bcl.AsyncInterfaces…) load here from the module's Dependencies folder, so
    /// another module that loaded other versions of them into the default context neither breaks us nor is broken.
    /// Assemblies the runtime itself carries in an equal or newer version (System.Text.Json, System.Memory…) come from
    /// the runtime instead: they cannot conflict, and private copies of them would split types the engine shares.
    /// Where the build left images precompiled for this platform (<see cref="PrecompiledImages"/>), those load instead
    /// of the IL copies of the same name.
    /// </summary>
    internal sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private readonly Dictionary<string, string> _shipped;
        private readonly Lazy<Dictionary<string, string>> _platform = new Lazy<Dictionary<string, string>>(ReadPlatformAssemblies);

        public DependencyLoadContext(string dependencyDirectory)
            : this(dependencyDirectory, PrecompiledImages.FolderFor(dependencyDirectory))
        {
        }

        // Unnamed: the named constructor is newer than the netstandard surface this is compiled against.
        internal DependencyLoadContext(string dependencyDirectory, string? precompiledDirectory)
        {
            DependencyDirectory = dependencyDirectory;
            _shipped = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var path in Directory.EnumerateFiles(dependencyDirectory, "*.dll"))
            {
                _shipped[Path.GetFileNameWithoutExtension(path)] = path;
            }

            if (precompiledDirectory != null && Directory.Exists(precompiledDirectory))
            {
                foreach (var path in Directory.EnumerateFiles(precompiledDirectory, "*.dll"))
                {
                    var name = Path.GetFileNameWithoutExtension(path);
                    if (_shipped.ContainsKey(name))
                    {
                        _shipped[name] = path;
                    }
                }
            }
        }

        public string DependencyDirectory { get; }

        /// <summary>The file an assembly of this simple name loads from, or null when the module does not ship it.</summary>
        internal string? PathOf(string simpleName) => _shipped.TryGetValue(simpleName, out var path) ? path : null;

        /// <summary>Whether the Dependencies folder holds an assembly of this name.</summary>
        public bool Ships(AssemblyName name) => name.Name != null && _shipped.ContainsKey(name.Name);

        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name == null || !_shipped.TryGetValue(name.Name, out var path) || PlatformSatisfies(name))
            {
                return null; // the default context answers: the runtime, PowerShell, or an assembly we do not ship
            }

            return LoadFromAssemblyPath(path);
        }

        private bool PlatformSatisfies(AssemblyName requested)
        {
            if (!_platform.Value.TryGetValue(requested.Name!, out var platformPath))
            {
                return false;
            }

            var platformVersion = AssemblyName.GetAssemblyName(platformPath).Version;
            return requested.Version == null || (platformVersion != null && platformVersion >= requested.Version);
        }

        /// <summary>The host's trusted platform assemblies (the runtime's, and PowerShell's own on pwsh), by simple name.</summary>
        private static Dictionary<string, string> ReadPlatformAssemblies()
        {
            var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
            foreach (var path in list.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries))
            {
                byName[Path.GetFileNameWithoutExtension(path)] = path;
            }

            return byName;
        }
    }
}

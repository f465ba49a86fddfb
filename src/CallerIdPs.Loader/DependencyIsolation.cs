using System;
using System.Reflection;
using System.Runtime.Loader;

namespace CallerIdPs.Loading
{
    /// <summary>
    /// PowerShell 7: from the first import on, when the default load context cannot find one of the module's own
    /// assemblies (CallerIdPs.Core, CallerIdPs.Sandbox: they live in Dependencies/, where nothing else probes), it is
    /// loaded into <see cref="DependencyLoadContext"/>, and so is everything it needs in turn. The cmdlet assembly
    /// binds only to the framework, PowerShell and CallerIdPs assemblies, so the two contexts share no third-party type.
    /// Where the default context already has the module's assemblies (a host that references them, as the tests do),
    /// it never asks, and nothing changes.
    /// </summary>
    internal static class DependencyIsolation
    {
        private const string OwnAssemblyPrefix = "CallerIdPs.";
        private static readonly object Gate = new object();
        private static DependencyLoadContext? _context;

        public static void Install(string dependencyDirectory)
        {
            lock (Gate)
            {
                // Remove-Module then Import-Module: what was loaded stays loaded, and so does its context.
                if (_context != null)
                {
                    return;
                }

                _context = new DependencyLoadContext(dependencyDirectory);
                AssemblyLoadContext.Default.Resolving += ResolveOwnAssembly;
            }
        }

        private static Assembly? ResolveOwnAssembly(AssemblyLoadContext defaultContext, AssemblyName name)
        {
            // Registered only once _context is set. Only our own names: another module's request for, say,
            // Microsoft.Extensions.Primitives must not be answered with the copy we keep private.
            if (name.Name == null || !name.Name.StartsWith(OwnAssemblyPrefix, StringComparison.Ordinal) || !_context!.Ships(name))
            {
                return null;
            }

            return _context.LoadFromAssemblyName(name);
        }
    }
}

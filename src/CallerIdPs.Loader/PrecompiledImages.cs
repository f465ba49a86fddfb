using System;
using System.IO;
using System.Runtime.InteropServices;

namespace CallerIdPs.Loading
{
    /// <summary>
    /// Where the build put the module's dependencies precompiled to machine code (ReadyToRun), when this process can use
    /// them. Dependencies/linux-x64/ holds the same assemblies as Dependencies/ (IL and all), compiled for one operating
    /// system, one processor and .NET 10: there a first Connect-CallerIdProvider runs code that is already compiled
    /// instead of compiling the container, the HTTP factory and Polly on the spot (BENCHMARKS.md). Everywhere else, and
    /// whenever the folder is absent (a build on another platform, or with -p:CallerIdPrecompile=false), the IL
    /// in Dependencies/ loads as before. Windows PowerShell 5.1 never looks here.
    /// </summary>
    internal static class PrecompiledImages
    {
        /// <summary>The one platform the build precompiles for (PrecompileDependencies in src/CallerIdPs/CallerIdPs.csproj): the one the tests run on.</summary>
        internal const string Platform = "linux-x64";

        /// <summary>The .NET the images were compiled against. An older runtime could not use their machine code.</summary>
        internal const int RuntimeMajorVersion = 10;

        /// <summary>The folder of images this process can use, or null when it can use none.</summary>
        public static string? FolderFor(string dependencyDirectory) =>
            Apply(RuntimeInformation.IsOSPlatform(OSPlatform.Linux), RuntimeInformation.ProcessArchitecture, Environment.Version.Major)
                ? Path.Combine(dependencyDirectory, Platform)
                : null;

        internal static bool Apply(bool isLinux, Architecture processArchitecture, int runtimeMajorVersion) =>
            isLinux && processArchitecture == Architecture.X64 && runtimeMajorVersion >= RuntimeMajorVersion;
    }
}

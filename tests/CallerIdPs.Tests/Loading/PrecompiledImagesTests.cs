using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using CallerIdPs.Loading;
using static CallerIdPs.Tests.Engine.ModuleSession;

namespace CallerIdPs.Tests.Loading
{
    /// <summary>
    /// The dependencies precompiled for Linux x64 (Dependencies/linux-x64/): which process uses them, that the load
    /// context prefers them there, and that the build made them from the IL beside them.
    /// </summary>
    public sealed class PrecompiledImagesTests
    {
        private static string PrecompiledFolder => Path.Combine(DependencyFolder, PrecompiledImages.Platform);

        private static bool BuildHostPrecompiles =>
            RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && RuntimeInformation.OSArchitecture == Architecture.X64;

        [Theory]
        [InlineData(true, Architecture.X64, 10, true)]
        [InlineData(true, Architecture.X64, 11, true)]
        [InlineData(true, Architecture.X64, 8, false)]   // PowerShell 7.4: the images' machine code is for a newer runtime
        [InlineData(true, Architecture.X64, 9, false)]
        [InlineData(true, Architecture.Arm64, 10, false)]
        [InlineData(false, Architecture.X64, 10, false)] // Windows and macOS
        public void Only_Linux_x64_on_NET_10_or_later_uses_the_images(bool isLinux, Architecture architecture, int runtimeMajor, bool used)
        {
            Assert.Equal(used, PrecompiledImages.Apply(isLinux, architecture, runtimeMajor));
        }

        [Theory]
        [InlineData(true, "linux-x64/Polly.Core.dll")]
        [InlineData(false, "Polly.Core.dll")]
        public void The_load_context_chooses_the_precompiled_image_of_an_assembly_when_there_is_one(bool withImage, string chosen)
        {
            var dependencies = CopyOfPolly(withPrecompiledCopy: withImage, out var precompiled);
            try
            {
                var context = new DependencyLoadContext(dependencies, precompiled);

                Assert.Equal(Path.Combine(dependencies, chosen), context.PathOf("Polly.Core"));
            }
            finally
            {
                Directory.Delete(dependencies, recursive: true);
            }
        }

        [Fact]
        public void An_image_without_its_IL_beside_it_is_never_loaded()
        {
            var dependencies = CopyOfPolly(withPrecompiledCopy: true, out var precompiled);
            try
            {
                File.Copy(Path.Combine(DependencyFolder, "Microsoft.Extensions.Http.dll"), Path.Combine(precompiled, "Microsoft.Extensions.Http.dll"));

                var context = new DependencyLoadContext(dependencies, precompiled);

                Assert.False(context.Ships(new AssemblyName("Microsoft.Extensions.Http")));
            }
            finally
            {
                Directory.Delete(dependencies, recursive: true);
            }
        }

        /// <summary>
        /// Exactly the assemblies the runtime does not carry, each ReadyToRun, each compiled from the very IL beside it
        /// (same module version id): an image left from an older build would load code that is no longer the module's.
        /// The IL copies stay IL, for Windows PowerShell 5.1 and every other platform.
        /// </summary>
        [Fact]
        public void A_Linux_x64_build_precompiles_every_dependency_the_runtime_does_not_carry_from_the_IL_beside_it()
        {
            if (!BuildHostPrecompiles)
            {
                Assert.False(Directory.Exists(PrecompiledFolder), "only a Linux x64 build precompiles");
                return;
            }

            var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
            var expected = Directory.EnumerateFiles(DependencyFolder, "*.dll").Select(Path.GetFileName)
                .Where(name => !File.Exists(Path.Combine(runtimeDirectory, name!)))
                .OrderBy(name => name, StringComparer.Ordinal).ToList();
            var precompiled = Directory.EnumerateFiles(PrecompiledFolder).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal).ToList();

            Assert.Contains("CallerIdPs.Core.dll", expected);
            Assert.Contains("Polly.Core.dll", expected);
            Assert.Equal(expected, precompiled);
            Assert.All(expected, name =>
            {
                var il = Read(Path.Combine(DependencyFolder, name!));
                var image = Read(Path.Combine(PrecompiledFolder, name!));
                Assert.False(il.ReadyToRun, $"{name} in Dependencies/ is precompiled");
                Assert.True(image.ReadyToRun, $"{name} in {PrecompiledImages.Platform}/ is not precompiled");
                Assert.Equal(il.Mvid, image.Mvid);
            });
        }

        private static (bool ReadyToRun, Guid Mvid) Read(string path)
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            return (pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, metadata.GetGuid(metadata.GetModuleDefinition().Mvid));
        }

        /// <summary>A Dependencies folder holding Polly.Core, and (when asked) a precompiled folder with a copy of it.</summary>
        private static string CopyOfPolly(bool withPrecompiledCopy, out string precompiled)
        {
            var dependencies = Path.Combine(Path.GetTempPath(), "callerid-precompiled-" + Guid.NewGuid().ToString("N"));
            precompiled = Path.Combine(dependencies, PrecompiledImages.Platform);
            Directory.CreateDirectory(dependencies);
            File.Copy(Path.Combine(DependencyFolder, "Polly.Core.dll"), Path.Combine(dependencies, "Polly.Core.dll"));
            if (withPrecompiledCopy)
            {
                Directory.CreateDirectory(precompiled);
                File.Copy(Path.Combine(DependencyFolder, "Polly.Core.dll"), Path.Combine(precompiled, "Polly.Core.dll"));
            }

            return dependencies;
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CallerIdPs.Loading;
using static CallerIdPs.Tests.Engine.ModuleSession;

namespace CallerIdPs.Tests.Loading
{
    /// <summary>The shape the isolation depends on: what sits where in the module folder, and what the cmdlets bind to.</summary>
    public sealed class ModuleLayoutTests
    {

        [Fact]
        public void Only_the_cmdlets_and_the_loader_are_at_the_top_of_the_module_folder()
        {
            var assemblies = Directory.EnumerateFiles(ModuleFolder, "*.dll").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);

            Assert.Equal(new[] { "CallerIdPs.Loader.dll", "CallerIdPs.dll" }, assemblies);
            Assert.True(File.Exists(Path.Combine(DependencyFolder, "CallerIdPs.Core.dll")));
            Assert.True(File.Exists(Path.Combine(DependencyFolder, "Microsoft.Extensions.Http.dll")));
        }

        /// <summary>
        /// A third-party name here would be bound in the default load context, outside the isolation, and could meet
        /// another module's version there.
        /// </summary>
        [Fact]
        public void The_cmdlet_assembly_binds_only_to_the_runtime_PowerShell_and_CallerIdPs()
        {
            using var stream = File.OpenRead(Path.Combine(ModuleFolder, "CallerIdPs.dll"));
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();

            Assert.Contains("CallerIdPs.Core", references);
            Assert.All(references, name => Assert.True(
                name == "netstandard" || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("CallerIdPs.", StringComparison.Ordinal),
                $"CallerIdPs.dll references {name}"));
        }

        [Fact]
        public void Assemblies_the_runtime_carries_come_from_the_runtime_not_the_module()
        {
            var context = new DependencyLoadContext(DependencyFolder);

            var json = context.LoadFromAssemblyName(new AssemblyName("System.Text.Json, Version=6.0.0.0"));

            Assert.Same(typeof(System.Text.Json.JsonDocument).Assembly, json);
        }

        [Fact]
        public void The_load_context_knows_only_what_the_Dependencies_folder_holds()
        {
            var context = new DependencyLoadContext(DependencyFolder);

            Assert.True(context.Ships(new AssemblyName("Microsoft.Extensions.Http, Version=8.0.0.0")));
            Assert.True(context.Ships(new AssemblyName("CallerIdPs.Core")));
            Assert.False(context.Ships(new AssemblyName("CallerIdPs")));
            Assert.False(context.Ships(new AssemblyName("Newtonsoft.Json")));
        }
    }
}

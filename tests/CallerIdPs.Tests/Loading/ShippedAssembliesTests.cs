using System.IO;
using CallerIdPs.Loading;
using static CallerIdPs.Tests.Engine.ModuleSession;

namespace CallerIdPs.Tests.Loading
{
    /// <summary>What the Windows PowerShell 5.1 resolver answers: the shipped file for any version of a shipped name, nothing else.</summary>
    public sealed class ShippedAssembliesTests
    {
        private static readonly string[] Searched = { ModuleFolder, DependencyFolder };

        [Theory]
        [InlineData("System.Text.Json, Version=6.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", "System.Text.Json.dll")]
        [InlineData("System.Text.Json, Version=9.9.9.9, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", "System.Text.Json.dll")]
        [InlineData("Microsoft.Bcl.AsyncInterfaces, Version=1.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", "Microsoft.Bcl.AsyncInterfaces.dll")]
        [InlineData("CallerIdPs.Core", "CallerIdPs.Core.dll")]
        public void A_shipped_dependency_is_found_whatever_version_was_asked_for(string requested, string file)
        {
            Assert.Equal(Path.Combine(DependencyFolder, file), ShippedAssemblies.Find(Searched, requested));
        }

        [Fact]
        public void The_module_folder_is_searched_first()
        {
            Assert.Equal(Path.Combine(ModuleFolder, "CallerIdPs.dll"), ShippedAssemblies.Find(Searched, "CallerIdPs, Version=0.1.0.0"));
        }

        [Theory]
        [InlineData("Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed")]
        [InlineData("System.Text.Json.resources, Version=8.0.0.0, Culture=de, PublicKeyToken=cc7b13ffcd2ddd51")]
        [InlineData("../../etc/passwd")]
        [InlineData("not an assembly name ,,, =")]
        public void Anything_else_is_left_to_the_runtime(string requested)
        {
            Assert.Null(ShippedAssemblies.Find(Searched, requested));
        }
    }
}

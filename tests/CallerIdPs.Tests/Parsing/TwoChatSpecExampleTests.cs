using System.IO;
using System.Linq;
using System.Text.Json;

namespace CallerIdPs.Tests.Parsing
{
    /// <summary>The verbatim example files must stay what the spec shows: a drifted copy tests nothing real.</summary>
    public class TwoChatSpecExampleTests
    {
        private static readonly string[] Verbatim = { "info.json", "caller-ids.json", "error.json", "release-virtual-number.json" };

        [Fact]
        public void EveryExampleFileIsValidJson()
        {
            var files = Directory.GetFiles(ProviderExample.Folder("twochat"), "*.json");
            Assert.True(files.Length >= Verbatim.Length + 10, $"only {files.Length} example files were copied to the output");
            foreach (var file in files)
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file));
                Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
            }
        }

        [Fact]
        public void VerbatimExamplesStillAppearInTheSpec()
        {
            var shared = ProviderExample.SharedProvidersFolder();
            var spec = shared == null ? null : Path.Combine(shared, "twochat.md");
            if (spec == null || !File.Exists(spec))
            {
                return; // No spec beside this checkout (e.g. a CI machine): nothing to compare against.
            }

            var specText = Compact(File.ReadAllText(spec));
            foreach (var file in Verbatim)
            {
                var example = Compact(ProviderExample.Text("twochat", file));
                Assert.True(specText.Contains(example, System.StringComparison.Ordinal), $"{file} no longer appears verbatim in {spec}");
            }
        }

        [Fact]
        public void FilesNotFromTheSpecVerbatimSayHowTheyWereBuilt()
        {
            var names = Directory.GetFiles(ProviderExample.Folder("twochat"), "*.json").Select(Path.GetFileName).ToList();
            var readme = ProviderExample.Text("twochat", "README.md");
            foreach (var name in names)
            {
                Assert.True(Verbatim.Contains(name) || name!.EndsWith(".from-fields.json", System.StringComparison.Ordinal), $"{name} is neither verbatim nor *.from-fields.json");
                Assert.Contains("`" + name + "`", readme, System.StringComparison.Ordinal);
            }
        }

        private static string Compact(string text) => new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }
}

using System;
using System.IO;
using System.Text.Json;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Parsing
{
    /// <summary>The provider example bodies copied next to the tests (see ProviderExamples/twochat/README.md).</summary>
    internal static class ProviderExample
    {
        public static readonly RecordOrigin Origin = new RecordOrigin(ProviderKind.TwoChat, "examples");

        public static string Folder(string provider) => Path.Combine(AppContext.BaseDirectory, "ProviderExamples", provider);

        public static string Text(string provider, string file) => File.ReadAllText(Path.Combine(Folder(provider), file));

        public static JsonDocument TwoChat(string file) => JsonDocument.Parse(Text("twochat", file));

        /// <summary>The example file's bytes exactly as stored, for parsers that read a body directly.</summary>
        public static byte[] TwoChatBytes(string file) => File.ReadAllBytes(Path.Combine(Folder("twochat"), file));

        /// <summary>The shared/providers folder beside the repository root, or null when this checkout has none.</summary>
        public static string? SharedProvidersFolder()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "providers");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}

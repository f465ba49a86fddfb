using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CallerIdPs.Errors;

namespace CallerIdPs.Journal
{
    /// <summary>
    /// The journal as JSON lines: one entry a line, appended and flushed as each request is sent and again when it
    /// ends, so a runbook killed mid-batch leaves a file that says what it had sent. Appends from several connections
    /// of one process to the same file are serialised by path.
    /// </summary>
    internal sealed class JournalFile
    {
        private static readonly ConcurrentDictionary<string, object> Gates = new ConcurrentDictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        internal static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            Converters = { new JsonStringEnumConverter() },
        };

        public JournalFile(string path)
        {
            Path = System.IO.Path.GetFullPath(path);
        }

        public string Path { get; }

        public void Append(JournalEntry entry)
        {
            var line = JsonSerializer.Serialize(entry, Options) + "\n";
            var bytes = Utf8.GetBytes(line);
            lock (Gates.GetOrAdd(Path, _ => new object()))
            {
                try
                {
                    using (var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
                    {
                        stream.Write(bytes, 0, bytes.Length);
                        stream.Flush(true);
                    }
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    throw new CallerIdException(CallerIdErrorKind.InvalidInput, $"The journal file {Path} cannot be written: {e.Message}", "Pass a -JournalPath you can write to.", e) { OffendingValue = Path };
                }
            }
        }

        /// <summary>The entries the file holds, the last line of each entry winning; a missing file holds none, a torn line is skipped.</summary>
        public IReadOnlyList<JournalEntry> Read()
        {
            var latest = new Dictionary<Guid, JournalEntry>();
            if (!File.Exists(Path))
            {
                return Array.Empty<JournalEntry>();
            }

            string[] lines;
            lock (Gates.GetOrAdd(Path, _ => new object()))
            {
                try
                {
                    using (var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                    using (var reader = new StreamReader(stream, Utf8))
                    {
                        lines = reader.ReadToEnd().Split('\n');
                    }
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    throw new CallerIdException(CallerIdErrorKind.InvalidInput, $"The journal file {Path} cannot be read: {e.Message}", "Pass a -JournalPath you can read and write.", e) { OffendingValue = Path };
                }
            }

            foreach (var line in lines)
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                JournalEntry? entry;
                try
                {
                    entry = JsonSerializer.Deserialize<JournalEntry>(line, Options);
                }
                catch (JsonException)
                {
                    continue; // a line torn by a process killed while writing it
                }

                if (entry == null) continue;
                entry.JournalPath = Path;
                latest[entry.Id] = entry;
            }

            return new List<JournalEntry>(latest.Values);
        }
    }
}

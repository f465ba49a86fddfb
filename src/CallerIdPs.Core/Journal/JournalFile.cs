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
            Open(stream =>
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(true);
            });
        }

        /// <summary>Fails now, at connect, when the file could not take an entry later: opens it for appending and writes nothing.</summary>
        public void CheckWritable() => Open(_ => { });

        private void Open(Action<FileStream> write)
        {
            lock (Gates.GetOrAdd(Path, _ => new object()))
            {
                try
                {
                    using (var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
                    {
                        write(stream);
                    }
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException)
                {
                    throw new CallerIdException(
                        CallerIdErrorKind.JournalUnwritable,
                        $"The journal file {Path} cannot be written: {(Directory.Exists(Path) ? "it is a folder, not a file." : e.Message)}",
                        "Connect again with a journal file you can write to (Connect-CallerIdProvider -JournalPath, or CALLERID_JOURNAL_PATH): a path to a file, in a folder that exists.",
                        e) { OffendingValue = Path };
                }
            }
        }

        /// <summary>The entries the file holds, the last line of each entry winning; a missing file holds none, a torn line is
        /// skipped and counted in <paramref name="unreadableLines"/>.</summary>
        public IReadOnlyList<JournalEntry> Read(out int unreadableLines)
        {
            unreadableLines = 0;
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
                    throw new CallerIdException(
                        CallerIdErrorKind.JournalUnreadable,
                        $"The journal file {Path} cannot be read: {e.Message}",
                        "Connect again with a journal file you can read and write (Connect-CallerIdProvider -JournalPath, or CALLERID_JOURNAL_PATH).",
                        e) { OffendingValue = Path };
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
                    unreadableLines++; // a line torn by a process killed while writing it, or not a journal line
                    continue;
                }

                if (entry == null)
                {
                    unreadableLines++;
                    continue;
                }

                entry.JournalPath = Path;
                latest[entry.Id] = entry;
            }

            return new List<JournalEntry>(latest.Values);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// A PowerShell host that records everything written to it (formatted output, -WhatIf text, prompts) and answers
    /// confirmation prompts from a script, so tests see exactly what an admin at a prompt would see.
    /// </summary>
    internal sealed class RecordingHost : PSHost
    {
        private readonly RecordingHostUserInterface _ui = new RecordingHostUserInterface();

        public override string Name => "CallerIdTestHost";

        public override Version Version => new Version(1, 0);

        public override Guid InstanceId { get; } = Guid.NewGuid();

        public override PSHostUserInterface UI => _ui;

        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

        /// <summary>Everything the host was asked to display, ANSI colour codes removed.</summary>
        public string Text => Ansi.Strip(_ui.Written.ToString());

        /// <summary>The prompts shown (caption and message), in order.</summary>
        public IReadOnlyList<string> Prompts => _ui.Prompts;

        /// <summary>Answers for the next confirmation prompts, by label ("Yes", "No", "Yes to All"…).</summary>
        public Queue<string> Answers => _ui.Answers;

        public void Clear() => _ui.Written.Clear();

        public override void EnterNestedPrompt() => throw new NotSupportedException();

        public override void ExitNestedPrompt() => throw new NotSupportedException();

        public override void NotifyBeginApplication()
        {
        }

        public override void NotifyEndApplication()
        {
        }

        public override void SetShouldExit(int exitCode)
        {
        }

        private sealed class RecordingHostUserInterface : PSHostUserInterface
        {
            private readonly RecordingRawUserInterface _raw = new RecordingRawUserInterface();

            public StringBuilder Written { get; } = new StringBuilder();

            public List<string> Prompts { get; } = new List<string>();

            public Queue<string> Answers { get; } = new Queue<string>();

            public override PSHostRawUserInterface RawUI => _raw;

            public override void Write(string value) => Append(value);

            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Append(value);

            public override void WriteLine(string value) => Append(value + "\n");

            public override void WriteErrorLine(string value) => Append(value + "\n");

            public override void WriteDebugLine(string message) => Append("DEBUG: " + message + "\n");

            public override void WriteVerboseLine(string message) => Append("VERBOSE: " + message + "\n");

            public override void WriteWarningLine(string message) => Append("WARNING: " + message + "\n");

            public override void WriteProgress(long sourceId, ProgressRecord record)
            {
            }

            public override string ReadLine() => throw new InvalidOperationException("The test host reads no input.");

            public override SecureString ReadLineAsSecureString() => throw new InvalidOperationException("The test host reads no input.");

            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
                throw new InvalidOperationException($"Unexpected prompt: {caption} {message}");

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
                throw new InvalidOperationException($"Unexpected credential prompt: {caption} {message}");

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
                throw new InvalidOperationException($"Unexpected credential prompt: {caption} {message}");

            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
            {
                Prompts.Add(caption + "\n" + message);
                if (Answers.Count == 0)
                {
                    throw new InvalidOperationException($"Unexpected confirmation prompt: {caption} {message}");
                }

                var wanted = Answers.Dequeue();
                for (var i = 0; i < choices.Count; i++)
                {
                    if (string.Equals(choices[i].Label.Replace("&", ""), wanted, StringComparison.OrdinalIgnoreCase)) return i;
                }

                throw new InvalidOperationException($"No choice '{wanted}' in the prompt.");
            }

            private void Append(string text)
            {
                lock (Written) Written.Append(text);
            }
        }

        private sealed class RecordingRawUserInterface : PSHostRawUserInterface
        {
            public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

            public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

            public override Size BufferSize { get => new Size(200, 9999); set { } }

            public override Coordinates CursorPosition { get; set; }

            public override int CursorSize { get; set; }

            public override bool KeyAvailable => false;

            public override Size MaxPhysicalWindowSize => new Size(200, 50);

            public override Size MaxWindowSize => new Size(200, 50);

            public override Coordinates WindowPosition { get; set; }

            public override Size WindowSize { get => new Size(200, 50); set { } }

            public override string WindowTitle { get; set; } = "";

            public override void FlushInputBuffer()
            {
            }

            public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

            public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException();

            public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) => throw new NotSupportedException();

            public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();

            public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();
        }
    }

    internal static class Ansi
    {
        private static readonly System.Text.RegularExpressions.Regex Sequence = new System.Text.RegularExpressions.Regex("\u001b\\[[0-9;?]*[ -/]*[@-~]");

        public static string Strip(string text) => Sequence.Replace(text, "");
    }
}

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace CallerIdPs.Host
{
    /// <summary>Writes the host's streams to stdout/stderr and reads prompts from stdin. With no interactive input,
    /// prompts fail instead of hanging (as pwsh -NonInteractive does).</summary>
    internal sealed class ConsoleHostUserInterface : PSHostUserInterface, IHostUISupportsMultipleChoiceSelection
    {
        private readonly ConsoleRawUserInterface _raw = new ConsoleRawUserInterface();

        public override PSHostRawUserInterface RawUI => _raw;

        public override bool SupportsVirtualTerminal => !Console.IsOutputRedirected;

        public override void Write(string value) => Console.Out.Write(Plain(value));

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Console.Out.Write(Plain(value));

        public override void WriteLine(string value) => Console.Out.WriteLine(Plain(value));

        public override void WriteErrorLine(string value) => Console.Error.WriteLine(Plain(value));

        public override void WriteDebugLine(string message) => Console.Out.WriteLine("DEBUG: " + Plain(message));

        public override void WriteVerboseLine(string message) => Console.Out.WriteLine("VERBOSE: " + Plain(message));

        public override void WriteWarningLine(string message) => Console.Out.WriteLine("WARNING: " + Plain(message));

        // The formatter styles table headers with ANSI sequences whatever $PSStyle says; files and logs get plain text.
        private string Plain(string text) => SupportsVirtualTerminal || text.IndexOf('\u001b') < 0 ? text : AnsiSequence.Replace(text, "");

        private static readonly System.Text.RegularExpressions.Regex AnsiSequence =
            new System.Text.RegularExpressions.Regex("\u001b\\[[0-9;?]*[ -/]*[@-~]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
            // Progress bars need an interactive terminal; a redirected run prints nothing for them.
        }

        public override string ReadLine()
        {
            EnsureInteractive();
            return Console.ReadLine() ?? throw NoInput();
        }

        public override SecureString ReadLineAsSecureString()
        {
            EnsureInteractive();
            var secure = new SecureString();
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                if (key.Key == ConsoleKey.Enter) break;
                if (key.Key == ConsoleKey.Backspace)
                {
                    if (secure.Length > 0) secure.RemoveAt(secure.Length - 1);
                    continue;
                }

                secure.AppendChar(key.KeyChar);
            }

            Console.WriteLine();
            secure.MakeReadOnly();
            return secure;
        }

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions)
        {
            EnsureInteractive();
            WriteCaption(caption, message);
            var answers = new Dictionary<string, PSObject>();
            foreach (var field in descriptions)
            {
                Console.Out.Write(field.Name + ": ");
                answers[field.Name] = field.ParameterTypeFullName == typeof(SecureString).FullName
                    ? new PSObject(ReadLineAsSecureString())
                    : new PSObject(ReadLine());
            }

            return answers;
        }

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            return PromptForChoice(caption, message, choices, defaultChoice < 0 ? Array.Empty<int>() : new[] { defaultChoice }).FirstOrDefault();
        }

        public Collection<int> PromptForChoice(string? caption, string? message, Collection<ChoiceDescription> choices, IEnumerable<int>? defaultChoices)
        {
            EnsureInteractive();
            WriteCaption(caption, message);
            var keys = choices.Select(HotKey).ToList();
            var defaults = (defaultChoices ?? Array.Empty<int>()).ToList();
            while (true)
            {
                var options = string.Join(" ", choices.Select((c, i) => $"[{keys[i]}] {c.Label.Replace("&", "")}"));
                var suggestion = defaults.Count > 0 ? $" (default is \"{keys[defaults[0]]}\")" : "";
                Console.Out.Write($"{options}{suggestion}: ");
                var answer = (Console.ReadLine() ?? throw NoInput()).Trim();
                if (answer.Length == 0 && defaults.Count > 0)
                {
                    return new Collection<int>(defaults);
                }

                var picked = keys.FindIndex(k => string.Equals(k, answer, StringComparison.OrdinalIgnoreCase));
                if (picked >= 0)
                {
                    return new Collection<int> { picked };
                }
            }
        }

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            PromptForCredential(caption, message, userName, targetName, PSCredentialTypes.Default, PSCredentialUIOptions.Default);

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options)
        {
            EnsureInteractive();
            WriteCaption(caption, message);
            if (string.IsNullOrEmpty(userName))
            {
                Console.Out.Write("User: ");
                userName = ReadLine();
            }

            Console.Out.Write("Password for " + userName + ": ");
            return new PSCredential(userName, ReadLineAsSecureString());
        }

        private static string HotKey(ChoiceDescription choice)
        {
            var amp = choice.Label.IndexOf('&');
            return amp >= 0 && amp + 1 < choice.Label.Length ? choice.Label[amp + 1].ToString().ToUpperInvariant() : choice.Label;
        }

        private static void WriteCaption(string? caption, string? message)
        {
            if (!string.IsNullOrEmpty(caption)) Console.Out.WriteLine(caption);
            if (!string.IsNullOrEmpty(message)) Console.Out.WriteLine(message);
        }

        private static void EnsureInteractive()
        {
            if (Console.IsInputRedirected)
            {
                throw NoInput();
            }
        }

        private static HostException NoInput() =>
            new HostException("This run has no interactive input, so it cannot prompt. Pass -Confirm:$false or -Force, and give credentials as parameters or environment variables.");
    }
}

using System;
using System.Globalization;
using System.Management.Automation.Host;

namespace CallerIdPs.Host
{
    /// <summary>A minimal PowerShell host over this console: enough for the formatter, prompts and -Confirm.</summary>
    internal sealed class ConsoleHost : PSHost
    {
        private readonly Guid _id = Guid.NewGuid();
        private readonly ConsoleHostUserInterface _ui = new ConsoleHostUserInterface();

        public override CultureInfo CurrentCulture => CultureInfo.CurrentCulture;

        public override CultureInfo CurrentUICulture => CultureInfo.CurrentUICulture;

        public override Guid InstanceId => _id;

        public override string Name => "CallerIdHost";

        public override PSHostUserInterface UI => _ui;

        public override Version Version => typeof(ConsoleHost).Assembly.GetName().Version ?? new Version(0, 1);

        public override void EnterNestedPrompt() => throw new NotSupportedException("Nested prompts are not supported by this host.");

        public override void ExitNestedPrompt() => throw new NotSupportedException("Nested prompts are not supported by this host.");

        public override void NotifyBeginApplication()
        {
        }

        public override void NotifyEndApplication()
        {
        }

        public override void SetShouldExit(int exitCode)
        {
        }
    }
}

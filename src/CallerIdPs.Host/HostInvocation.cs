using System;
using System.Linq;

namespace CallerIdPs.Host
{
    /// <summary>What the command line asked for: a script file with its arguments, or a command.</summary>
    internal sealed class HostInvocation
    {
        public const string Usage =
            "Usage: callerid-host [-File] <script.ps1> [arguments...]\n" +
            "       callerid-host -Command \"<PowerShell command>\"\n" +
            "Runs PowerShell with the CallerId module imported (for machines without pwsh).";

        private HostInvocation(string? file, string? command, string[] arguments)
        {
            File = file;
            Command = command;
            Arguments = arguments;
        }

        public string? File { get; }

        public string? Command { get; }

        public string[] Arguments { get; }

        public static HostInvocation? Parse(string[] args)
        {
            var rest = args.Where(a => !string.Equals(a, "-NoProfile", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(a, "-NonInteractive", StringComparison.OrdinalIgnoreCase)).ToArray();
            if (rest.Length == 0 || rest[0] is "-h" or "-?" or "--help" or "-Help")
            {
                return null;
            }

            if (string.Equals(rest[0], "-Command", StringComparison.OrdinalIgnoreCase) || string.Equals(rest[0], "-c", StringComparison.OrdinalIgnoreCase))
            {
                return rest.Length < 2 ? null : new HostInvocation(null, string.Join(" ", rest.Skip(1)), Array.Empty<string>());
            }

            if (string.Equals(rest[0], "-File", StringComparison.OrdinalIgnoreCase) || string.Equals(rest[0], "-f", StringComparison.OrdinalIgnoreCase))
            {
                rest = rest.Skip(1).ToArray();
            }

            return rest.Length == 0 ? null : new HostInvocation(rest[0], null, rest.Skip(1).ToArray());
        }
    }
}

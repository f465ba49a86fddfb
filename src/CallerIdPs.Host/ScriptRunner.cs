using System;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace CallerIdPs.Host
{
    /// <summary>Opens a runspace with the module imported and runs the invocation, every stream rendered by Out-Default.</summary>
    internal static class ScriptRunner
    {
        public static int Run(HostInvocation invocation, string modulePath)
        {
            var host = new ConsoleHost();
            var state = InitialSessionState.CreateDefault2();
            if (OperatingSystem.IsWindows())
            {
                // Scripts run by this host are the user's own; on Linux and macOS there is no policy to set (setting it throws).
                state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
            }

            // Select-Object and Get-Date are not in the engine package; the design page's pipelines use them.
            state.Commands.Add(new SessionStateCmdletEntry("Select-Object", typeof(StandIns.SelectObjectStandIn), null));
            state.Commands.Add(new SessionStateCmdletEntry("Get-Date", typeof(StandIns.GetDateStandIn), null));
            state.ImportPSModule(new[] { modulePath });
            using var runspace = RunspaceFactory.CreateRunspace(host, state);
            runspace.Open();

            if (Console.IsOutputRedirected || Environment.GetEnvironmentVariable("NO_COLOR") != null)
            {
                // Redirected output goes to files and logs: no ANSI colour codes there.
                using var plain = PowerShell.Create();
                plain.Runspace = runspace;
                plain.AddScript("$PSStyle.OutputRendering = 'PlainText'").Invoke();
            }

            using var shell = PowerShell.Create();
            shell.Runspace = runspace;
            if (invocation.File != null)
            {
                var script = Path.GetFullPath(invocation.File);
                if (!File.Exists(script))
                {
                    Console.Error.WriteLine($"No script at {script}.");
                    return 2;
                }

                shell.AddCommand(script);
                foreach (var argument in invocation.Arguments)
                {
                    shell.AddArgument(argument);
                }
            }
            else
            {
                shell.AddScript(invocation.Command!);
            }

            // Errors, warnings, verbose and the rest go through the formatter in the order they happen, as at a prompt.
            shell.Commands.Commands[0].MergeMyResults(PipelineResultTypes.All, PipelineResultTypes.Output);
            shell.AddCommand("Out-Default");

            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                shell.BeginStop(null, null);
            };

            try
            {
                shell.Invoke();
            }
            catch (PipelineStoppedException)
            {
                return 130;
            }
            catch (RuntimeException e)
            {
                host.UI.WriteErrorLine(e.ErrorRecord.ToString());
                return 1;
            }

            var exitCode = runspace.SessionStateProxy.GetVariable("LASTEXITCODE") is int code ? code : 0;
            if (exitCode != 0)
            {
                return exitCode;
            }

            return shell.HadErrors ? 1 : 0;
        }
    }
}

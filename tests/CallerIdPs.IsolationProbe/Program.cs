using System;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

// CallerIdPs.IsolationProbe <script.ps1> [arguments…]: runs the script in a fresh engine, the arguments written as on a
// PowerShell command line; output objects to stdout, one per line; each error to stderr with its exception type.
// Exit code 0 only when the script wrote no error.
if (args.Length == 0 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: CallerIdPs.IsolationProbe <script.ps1> [arguments…]");
    return 2;
}

using var shell = PowerShell.Create(InitialSessionState.CreateDefault2());
var script = Path.GetFullPath(args[0]).Replace("'", "''");
shell.AddScript($"& '{script}' {string.Join(" ", args[1..])}");

try
{
    foreach (var item in shell.Invoke())
    {
        Console.WriteLine(item?.ToString());
    }
}
catch (RuntimeException e)
{
    shell.Streams.Error.Add(e.ErrorRecord);
}

foreach (var error in shell.Streams.Error)
{
    Console.Error.WriteLine($"{error.Exception.GetType().FullName}: {error.Exception.Message}");
}

return shell.Streams.Error.Count == 0 ? 0 : 1;

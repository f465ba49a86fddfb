using System;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

// CallerIdPs.ImportProbe <module.psd1>: prints "<open ms> <import ms>" for one fresh engine in this fresh process.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: CallerIdPs.ImportProbe <module.psd1>");
    return 2;
}

var clock = Stopwatch.StartNew();
using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
runspace.Open();
using (var warm = PowerShell.Create())
{
    // The engine's first command compiles its own machinery; that is the engine's cost, not the module's.
    warm.Runspace = runspace;
    warm.AddScript("$null = 1").Invoke();
}

var opened = clock.Elapsed.TotalMilliseconds;
clock.Restart();
using (var import = PowerShell.Create())
{
    import.Runspace = runspace;
    import.AddCommand("Import-Module").AddArgument(args[0]).Invoke();
    if (import.HadErrors)
    {
        foreach (var error in import.Streams.Error) Console.Error.WriteLine(error);
        return 1;
    }
}

var imported = clock.Elapsed.TotalMilliseconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{opened:0.0} {imported:0.0}"));
return 0;

using System;
using System.IO;
using CallerIdPs.Host;

// callerid-host [-File] <script.ps1> [arguments…]   run a script
// callerid-host -Command "<PowerShell>"             run a command
var invocation = HostInvocation.Parse(args);
if (invocation == null)
{
    Console.Error.WriteLine(HostInvocation.Usage);
    return 2;
}

var modulePath = Path.Combine(AppContext.BaseDirectory, "Modules", "CallerId", "CallerId.psd1");
if (!File.Exists(modulePath))
{
    Console.Error.WriteLine($"The CallerId module is missing next to the host ({modulePath}); build the solution first.");
    return 2;
}

return ScriptRunner.Run(invocation, modulePath);

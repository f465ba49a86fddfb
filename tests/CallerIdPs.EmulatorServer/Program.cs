using System;
using System.Threading;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Sandbox.AppleBusiness;
using CallerIdPs.Sandbox.TwoChat;

// dotnet run --project tests/CallerIdPs.EmulatorServer -- [--provider TwoChat|AppleBusiness] [--port 5000]
// Serves one provider's emulator on http://127.0.0.1:<port> until Ctrl+C, for trying Connect-CallerIdProvider -BaseUri by hand.
var provider = "TwoChat";
var port = 5000;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--provider": provider = args[i + 1]; break;
        case "--port" when int.TryParse(args[i + 1], out var parsed) && parsed is >= 0 and <= 65535: port = parsed; break;
        default:
            Console.Error.WriteLine("Usage: CallerIdPs.EmulatorServer [--provider TwoChat|AppleBusiness] [--port 5000]");
            return 2;
    }
}

if (string.Equals(provider, "AppleBusiness", StringComparison.OrdinalIgnoreCase))
{
    var apple = new AppleEmulatorOptions();
    await using var appleServer = await LoopbackEmulatorServer.StartAsync(new AppleEmulator(apple), port);
    Console.WriteLine($"Apple Business emulator listening on {appleServer.BaseUri} (client id {apple.ClientId}, client secret {apple.ClientSecret}: public sandbox values).");
    Console.WriteLine($"Connect-CallerIdProvider -Provider AppleBusiness -BaseUri {appleServer.BaseUri.ToString().TrimEnd('/')} -OrganizationId {apple.OrganizationId} -BrandId {apple.BrandId} -Credential (Get-Credential {apple.ClientId})");
    Console.WriteLine("Press Ctrl+C to stop.");
    using var appleStop = new ManualResetEventSlim();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; appleStop.Set(); };
    appleStop.Wait();
    return 0;
}

if (!string.Equals(provider, "TwoChat", StringComparison.OrdinalIgnoreCase))
{
    Console.Error.WriteLine($"No emulator for '{provider}'. Available: TwoChat, AppleBusiness.");
    return 2;
}

var options = new TwoChatEmulatorOptions();
await using var server = await LoopbackEmulatorServer.StartAsync(new TwoChatEmulator(options), port);
Console.WriteLine($"2Chat emulator listening on {server.BaseUri} (API key: {options.ApiKey}, a public sandbox value).");
Console.WriteLine("Connect-CallerIdProvider -Provider TwoChat -BaseUri " + server.BaseUri.ToString().TrimEnd('/') + " -ApiKey (Read-Host -AsSecureString)");
Console.WriteLine("Press Ctrl+C to stop.");
using var stop = new ManualResetEventSlim();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Set(); };
stop.Wait();
return 0;

using System;
using System.Threading;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Sandbox.Framework;
using CallerIdPs.Sandbox.IdentityCall;
using CallerIdPs.Sandbox.TwoChat;

// dotnet run --project tests/CallerIdPs.EmulatorServer -- [--provider TwoChat|IdentityCall] [--port 5000]
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
            Console.Error.WriteLine("Usage: CallerIdPs.EmulatorServer [--provider TwoChat|IdentityCall] [--port 5000]");
            return 2;
    }
}

IApiEmulator emulator;
string[] keys;
switch (provider.ToLowerInvariant())
{
    case "twochat":
        var twoChat = new TwoChatEmulatorOptions();
        emulator = new TwoChatEmulator(twoChat);
        provider = "TwoChat";
        keys = new[] { $"API key: {twoChat.ApiKey}" };
        break;
    case "identitycall":
        emulator = new IdentityCallEmulator();
        provider = "IdentityCall";
        keys = new[]
        {
            $"{IdentityCallEmulatorOptions.AccountKey} (account-wide: read, write, delete)",
            $"{IdentityCallEmulatorOptions.ReadOnlyKey} (read only)",
            $"{IdentityCallEmulatorOptions.WriteOnlyKey} (write only)",
            $"{IdentityCallEmulatorOptions.ProjectKey} (read, write; project {IdentityCallEmulatorOptions.SalesProjectId} only)",
            $"{IdentityCallEmulatorOptions.ExpiredKey} (expired)",
        };
        break;
    default:
        Console.Error.WriteLine($"No emulator for '{provider}'. Available: TwoChat, IdentityCall.");
        return 2;
}

await using var server = await LoopbackEmulatorServer.StartAsync(emulator, port);
Console.WriteLine($"{provider} emulator listening on {server.BaseUri} (public sandbox values, not secrets):");
foreach (var key in keys) Console.WriteLine("  " + key);
Console.WriteLine($"Connect-CallerIdProvider -Provider {provider} -BaseUri " + server.BaseUri.ToString().TrimEnd('/') + " -ApiKey (Read-Host -AsSecureString)");
Console.WriteLine("Press Ctrl+C to stop.");
using var stop = new ManualResetEventSlim();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Set(); };
stop.Wait();
return 0;

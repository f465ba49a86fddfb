using System;
using System.Runtime.InteropServices;
using System.Threading;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Sandbox.Plivo;
using CallerIdPs.Sandbox.TwoChat;

// dotnet run --project tests/CallerIdPs.EmulatorServer -- [--provider TwoChat|Plivo|AppleBusiness|IdentityCall] [--port 5000]
// Serves one provider's emulator on http://127.0.0.1:<port> until Ctrl+C, for trying Connect-CallerIdProvider -BaseUri by hand.
// For the pwsh benchmark (2Chat only): --caller-ids <count> seeds that many caller IDs, --requests-per-minute <n> relaxes
// 2Chat's pacing (also what /info reports, so clients pace to it).
// To see expiry without waiting 30 or 15 minutes: --reservation-seconds <n> (2Chat reservations) and
// --verification-seconds <n> (Plivo verification codes) shorten the emulated lifetimes.
var usage = $"Usage: CallerIdPs.EmulatorServer [--provider {ServedProviders.Names}] [--port 5000] [--caller-ids 1257] [--requests-per-minute 80] [--reservation-seconds 1800] [--verification-seconds 900]";
var provider = "TwoChat";
var port = 5000;
var twoChat = new TwoChatEmulatorOptions();
var plivo = new PlivoEmulatorOptions();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--provider": provider = args[i + 1]; break;
        case "--port" when int.TryParse(args[i + 1], out var parsed) && parsed is >= 0 and <= 65535: port = parsed; break;
        case "--caller-ids" when int.TryParse(args[i + 1], out var count) && count >= 0: twoChat.CallerIdCount = count; break;
        case "--requests-per-minute" when int.TryParse(args[i + 1], out var rate) && rate > 0:
            twoChat.RequestsPerMinute = rate;
            twoChat.MaxApiRequestCount = long.MaxValue;
            break;
        case "--reservation-seconds" when int.TryParse(args[i + 1], out var reservation) && reservation > 0:
            twoChat.ReservationLifetime = TimeSpan.FromSeconds(reservation);
            break;
        case "--verification-seconds" when int.TryParse(args[i + 1], out var verification) && verification > 0:
            plivo.VerificationLifetime = TimeSpan.FromSeconds(verification);
            break;
        default:
            Console.Error.WriteLine(usage);
            return 2;
    }
}

var served = ServedProviders.Open(provider, twoChat, plivo);
if (served == null)
{
    Console.Error.WriteLine($"No emulator for '{provider}'. {usage}");
    return 2;
}

await using var server = await LoopbackEmulatorServer.StartAsync(served.Emulator, port);
Console.WriteLine($"{served.Provider} emulator listening on {server.BaseUri} (public sandbox values, not secrets):");
foreach (var line in served.Credentials) Console.WriteLine("  " + line);
Console.WriteLine($"Connect-CallerIdProvider -Provider {served.Provider} -BaseUri {server.BaseUri.ToString().TrimEnd('/')} {served.Connect}");
using var stop = new ManualResetEventSlim();

// Ctrl+C, and SIGTERM from a service manager, CI runner or `kill`: stop serving and exit 0 (the server is disposed on the way out).
// Registered before "Press Ctrl+C" is printed: a signal sent as soon as that line is read (as scripts and tests do) must
// find them in place (sent earlier, it met the runtime's default handling, and the server sometimes did not exit).
void Stop(PosixSignalContext signal)
{
    signal.Cancel = true;
    stop.Set();
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
Console.WriteLine("Press Ctrl+C to stop.");
stop.Wait();
Console.WriteLine("Stopped.");
return 0;

using System;
using System.Globalization;
using System.Linq;

namespace CallerIdPs.FaultServer
{
    /// <summary>
    /// Serves the fault server by hand, to try the module in real pwsh against it:
    /// <c>dotnet run --project tests/CallerIdPs.FaultServer -- --purchase reset --list-after 3 --without-plus</c>,
    /// then Connect-CallerIdProvider -Provider TwoChat -BaseUri (the printed address) with the printed test key.
    /// Enter stops it and prints every request and every number sold. --listing 429|503 answers every read of the 2Chat
    /// account's numbers with that status and Retry-After: 3600 (past any call's patience, so it fails at once);
    /// --provider-does-not-act makes the --purchase fault come before the sale instead of after it.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var scenario = new FaultScenario();
            Fault? purchase = null;
            Fault? listing = null;
            var providerActs = true;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--list-after":
                        scenario.ListAfter = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture));
                        break;
                    case "--without-plus":
                        scenario.ListWithoutPlus = true;
                        break;
                    case "--purchase":
                        purchase = args[++i] switch
                        {
                            "reset" => Fault.Reset(),
                            "midbody" => new Fault { Kind = FaultKind.ResetMidBody },
                            "500" => Fault.Answer(500, "{\"success\":false,\"error\":true,\"error_message\":\"Internal error\"}"),
                            "429" => Fault.Answer(429, "{\"success\":false,\"error\":true,\"error_message\":\"Too many requests\"}", "1"),
                            "stall" => new Fault { Kind = FaultKind.Stall },
                            "gzip" => new Fault { Kind = FaultKind.CorruptGzip },
                            _ => throw new ArgumentException("--purchase reset|midbody|500|429|stall|gzip"),
                        };
                        break;
                    case "--listing":
                        var status = args[++i] switch
                        {
                            "429" => 429,
                            "503" => 503,
                            _ => throw new ArgumentException("--listing 429|503"),
                        };
                        listing = Fault.Answer(status, "{\"success\":false,\"error\":true,\"error_message\":\"Try again later\"}", "3600");
                        break;
                    case "--provider-does-not-act":
                        providerActs = false;
                        break;
                    default:
                        Console.Error.WriteLine("Options: --purchase reset|midbody|500|429|stall|gzip  --provider-does-not-act  --listing 429|503  --list-after SECONDS  --without-plus");
                        return 2;
                }
            }

            using var server = FaultServer.Start(scenario);
            if (listing != null)
            {
                server.Faults.On("GET", FakeCatalog.TwoChatVirtualNumbersPath, listing);
            }

            if (purchase != null)
            {
                purchase.ProviderActs = providerActs;
                server.Faults.On("POST", FakeCatalog.TwoChatPurchasePath, purchase);
                server.Faults.On("POST", FakeCatalog.IdentityCallPurchasePath, purchase);
            }

            Console.WriteLine($"Fault server on {server.BaseUri} (test accounts only)");
            Console.WriteLine($"  2Chat key:         {scenario.TwoChat.ApiKey}");
            Console.WriteLine($"  IdentityCall key:  {scenario.IdentityCall.ApiKey}");
            Console.WriteLine($"  Plivo:             {scenario.Plivo.AuthId} / {scenario.Plivo.AuthToken}");
            Console.WriteLine($"  Apple:             {scenario.Apple.ClientId} / {scenario.Apple.ClientSecret} (org {scenario.Apple.OrganizationId}, brand {scenario.Apple.BrandId})");
            Console.WriteLine("Enter stops it.");
            Console.ReadLine();
            Console.WriteLine(server.Requests);
            Console.WriteLine("Sold: " + string.Join(", ", server.Sold.All.Select(c => c.Provider + " " + c.PhoneNumber)));
            return 0;
        }
    }
}

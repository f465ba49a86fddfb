using System;
using System.Globalization;
using System.Runtime.InteropServices;
using CallerIdPs.Benchmarks;

// dotnet run -c Release --project tests/CallerIdPs.Benchmarks    (prints a Markdown report; BENCHMARKS.md keeps one)
if (args.Length == 3 && args[0] == ListingMemoryProbe.ProbeArgument)
{
    ListingMemoryProbe.Probe(args[1], args[2]);
    return 0;
}

var only = args.Length > 1 && args[0] == "--only" ? args[1] : null;
bool Wanted(string part) => only == null || only == part;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
#if DEBUG
Console.Error.WriteLine("Warning: a Debug build; run with -c Release for numbers worth recording.");
#endif
Console.WriteLine($"# CallerId benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}");
Console.WriteLine();

if (Wanted("import"))
{
    var import = ImportCost.Measure(12);
    Console.WriteLine("## 1. Import cost");
    Console.WriteLine($"Import-Module of out/CallerId in a fresh engine, in a host that references nothing of CallerId; median of {import.Runs} fresh processes per row.");
    Console.WriteLine();
    Console.WriteLine("| engine (System.Management.Automation 7.6.9) | Import-Module CallerId (target < 150 ms) | an empty module (the engine's floor) | CallerId's own share | opening the bare engine (not counted) |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var (engine, sample) in new[] { ("precompiled (ReadyToRun), as pwsh ships it", import.Precompiled), ("from NuGet, compiled just in time", import.JustInTime) })
    {
        Console.WriteLine($"| {engine} | **{sample.ImportMs:0} ms** | {sample.EmptyModuleMs:0} ms | {sample.ImportMs - sample.EmptyModuleMs:0} ms | {sample.OpenMs:0} ms |");
    }

    Console.WriteLine();
}

if (Wanted("listing"))
{
    Console.WriteLine("## 2. Listing overhead (Get-CallerId vs HttpClient + System.Text.Json, same pages, same process)");
    Console.WriteLine("| caller IDs | Get-CallerId | plain loop | ratio, median of paired runs (target ≤ 1.3) | the module's client alone | first object | plain first page | heap retained after | peak heap growth (incl. garbage) | peak working set |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var items in new[] { 10_000, 100_000 })
    {
        var r = await ListingOverhead.MeasureAsync(items, items >= 100_000 ? 7 : 15);
        var memory = await ListingMemoryProbe.MeasureAsync(items);
        Console.WriteLine($"| {items:N0} | {r.CmdletMs:0} ms | {r.PlainMs:0} ms | {r.Ratio:0.00}× | {r.ClientMs:0} ms | {r.CmdletFirstObjectMs:0} ms | {r.PlainFirstPageMs:0} ms | {memory.RetainedMb:0.0} MB | {memory.HeapGrowthMb:0.0} MB | {memory.PeakWorkingSetMb:0} MB |");
    }

    Console.WriteLine();
}

if (Wanted("parse"))
{
    var p = await PageParsing.MeasureAsync(10_000, 40);
    Console.WriteLine("## 2b. A 10,000-item 2Chat listing's own CPU: parsing and the client, no network (median of 40 rotated rounds)");
    Console.WriteLine("| the module's page parser | System.Text.Json, typed rows (the floor's read) | the module's client over pages answered from memory | bare HttpClient + the module's parser, same answers | the client's own share |");
    Console.WriteLine("|---:|---:|---:|---:|---:|");
    Console.WriteLine($"| **{p.ModuleParserMs:0.0} ms** | {p.SerializerMs:0.0} ms | **{p.ClientInMemoryMs:0.0} ms** | {p.BareClientInMemoryMs:0.0} ms | {p.ClientInMemoryMs - p.BareClientInMemoryMs:0.0} ms |");
    Console.WriteLine();
}

if (Wanted("inventory"))
{
    var join = InventoryJoinCost.Measure(10_000, 21);
    Console.WriteLine("## 5. Inventory join (Get-NumberInventory's join and findings in memory, lists already read)");
    Console.WriteLine("| numbers | records on four connections | rows | median of 21 runs (target well under 1 s) | slowest run | median CPU time (the process's, all threads) |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
    Console.WriteLine($"| {join.Numbers:N0} | {join.Records:N0} | {join.Rows:N0} | **{join.MedianMs:0.0} ms** | {join.MaxMs:0.0} ms | {join.MedianCpuMs:0} ms |");
    Console.WriteLine();
}

if (!Wanted("pacing") && !Wanted("bulk")) return 0;
var pacing = await PacingEfficiency.MeasureAsync(500);
Console.WriteLine("## 3. Pacing efficiency (Plivo: 300 requests per 5 s, 4 concurrent workers on one connection)");
Console.WriteLine($"{pacing.Requests} requests in {pacing.ElapsedSeconds:0.00} s; throttled (429): **{pacing.Throttled}** (target 0).");
Console.WriteLine($"Achieved {pacing.AchievedPerSecond:0.0} requests/s against a limit averaging {pacing.LimitPerSecond:0} requests/s: **{pacing.AchievedPerSecond / pacing.LimitPerSecond:0.00}** of the limit (target ≥ 0.95);");
Console.WriteLine($"the fastest the window allows for this run is {pacing.IdealSeconds:0.0} s, so the pacer used **{pacing.IdealSeconds / pacing.ElapsedSeconds:0.00}** of what the limit permits.");
Console.WriteLine();

var bulk = await BulkPurchase.MeasureAsync(200);
Console.WriteLine("## 4. Bulk flow: reserve and buy 200 numbers through one pipeline");
Console.WriteLine($"`1..200 | ForEach-Object {{ $group }} | New-NumberReservation | Invoke-NumberPurchase -Force`: {bulk.TotalSeconds:0.00} s, **{bulk.PerNumberMs:0.0} ms per number**, of which the emulator's own service time is {bulk.ServicePerNumberMs:0.0} ms ({bulk.RequestsPerNumber:0.0} requests per number).");
return 0;

using System;
using System.Globalization;
using System.Runtime.InteropServices;
using CallerIdPs.Benchmarks;

// dotnet run -c Release --project tests/CallerIdPs.Benchmarks    (prints a Markdown report; BENCHMARKS.md keeps one)
if (args.Length > 0 && args[0] == ImportCost.ProbeArgument)
{
    ImportCost.Probe();
    return 0;
}

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
    Console.WriteLine($"Import-Module in a fresh engine, median of {import.Runs} fresh processes: **{import.MedianImportMs:0} ms** (target < 150 ms); opening the bare engine (and running its first command) took {import.MedianOpenMs:0} ms, not counted.");
    Console.WriteLine();
}

if (Wanted("listing"))
{
    Console.WriteLine("## 2. Listing overhead (Get-CallerId vs HttpClient + System.Text.Json, same pages, same process)");
    Console.WriteLine("| caller IDs | Get-CallerId | plain loop | ratio (target ≤ 1.3) | the module's client alone | first object | plain first page | heap retained after | peak heap growth (incl. garbage) | peak working set |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var items in new[] { 10_000, 100_000 })
    {
        var r = await ListingOverhead.MeasureAsync(items, items >= 100_000 ? 3 : 5);
        var memory = await ListingMemoryProbe.MeasureAsync(items);
        Console.WriteLine($"| {items:N0} | {r.CmdletMs:0} ms | {r.PlainMs:0} ms | {r.CmdletMs / r.PlainMs:0.00}× | {r.ClientMs:0} ms | {r.CmdletFirstObjectMs:0} ms | {r.PlainFirstPageMs:0} ms | {memory.RetainedMb:0.0} MB | {memory.HeapGrowthMb:0.0} MB | {memory.PeakWorkingSetMb:0} MB |");
    }

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

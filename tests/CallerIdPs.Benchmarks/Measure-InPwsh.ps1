<#
.SYNOPSIS
    The module against what an admin writes today, measured side by side in real pwsh, in one run.
.DESCRIPTION
    Serves the 2Chat emulator (tests/CallerIdPs.EmulatorServer) on loopback with -Items caller IDs and its pacing relaxed
    (2Chat's documented limit would throttle a 10,000-item listing: 50 pages at 80 requests a minute), then measures:

    1. Listing every caller ID, in this pwsh, in paired rounds (order rotated each round):
       - Get-CallerId (the module);
       - the Invoke-RestMethod loop an admin writes today, page by page;
       - the floor: HttpClient + System.Text.Json in compiled code (Add-Type), the same pages, no pipeline.
    2. A cold process, pwsh -NoProfile to the first object: import, connect, first page with the module (the key typed
       at a prompt through ConvertTo-SecureString, and read from the environment as a runbook does), against the same
       Invoke-RestMethod one-liner; median wall time of fresh processes, every order of the three in turn.

    Prints Markdown for BENCHMARKS.md. Builds the module and the server in Release first.
.EXAMPLE
    dotnet tool restore && dotnet pwsh -NoProfile -File tests/CallerIdPs.Benchmarks/Measure-InPwsh.ps1
#>
param(
    [int] $Items = 10000,
    [int] $Rounds = 15,
    [int] $WarmupRounds = 5,
    [int] $ColdRuns = 18
)

$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$manifest = Join-Path $root 'out/CallerId/CallerId.psd1'

foreach ($project in 'src/CallerIdPs', 'tests/CallerIdPs.EmulatorServer') {
    & dotnet build (Join-Path $root $project) -c Release --verbosity quiet -nologo | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "dotnet build $project failed." }
}

function Start-Server {
    $dll = Join-Path $root 'tests/CallerIdPs.EmulatorServer/bin/Release/net10.0/CallerIdPs.EmulatorServer.dll'
    $start = [Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in $dll, '--provider', 'TwoChat', '--port', '0', '--caller-ids', "$Items", '--requests-per-minute', '100000000') {
        $start.ArgumentList.Add($argument)
    }
    $start.RedirectStandardOutput = $true
    $process = [Diagnostics.Process]::Start($start)
    $said = while (($line = $process.StandardOutput.ReadLine()) -ne $null -and $line -notlike 'Press Ctrl+C*') { $line }
    [pscustomobject] @{
        Process = $process
        BaseUri = [regex]::Match("$said", 'listening on (http://\S+?)/? ').Groups[1].Value
        ApiKey  = [regex]::Match("$said", 'API key: (\S+)').Groups[1].Value
    }
}

# The floor: compiled HttpClient + System.Text.Json, one typed pass per page.
Add-Type -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;

public static class PlainCallerIdListing
{
    public sealed class Row
    {
        [JsonPropertyName("uuid")] public string Uuid { get; set; }
        [JsonPropertyName("phone_number")] public string PhoneNumber { get; set; }
        [JsonPropertyName("friendly_name")] public string FriendlyName { get; set; }
        [JsonPropertyName("iso_country_code")] public string Country { get; set; }
        [JsonPropertyName("type")] public string Type { get; set; }
        [JsonPropertyName("verified")] public bool Verified { get; set; }
        [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
        [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
        [JsonPropertyName("expires_at")] public DateTimeOffset? ExpiresAt { get; set; }
    }

    private sealed class Page { [JsonPropertyName("caller_ids")] public Row[] CallerIds { get; set; } }

    private static readonly HttpClient Http = new HttpClient();

    public static List<Row> List(string baseUri, string apiKey)
    {
        var all = new List<Row>();
        for (var page = 0; ; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, baseUri + "/open/voip/caller-ids?page_number=" + page + "&results_per_page=200");
            request.Headers.Add("X-User-API-Key", apiKey);
            using var response = Http.Send(request);
            response.EnsureSuccessStatusCode();
            using var body = response.Content.ReadAsStream();
            var items = JsonSerializer.Deserialize<Page>(body)?.CallerIds ?? Array.Empty<Row>();
            all.AddRange(items);
            if (items.Length < 200) return all;
        }
    }
}
'@

function Measure-Ms([scriptblock] $Run) {
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $count = & $Run
    $clock.Stop()
    [pscustomobject] @{ Ms = $clock.Elapsed.TotalMilliseconds; Count = $count }
}

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $middle = [int][Math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

# A fresh process of the pwsh running this script (under `dotnet pwsh`, dotnet plus pwsh.dll).
$pwsh = [Environment]::ProcessPath
$pwshArguments = @()
if ([IO.Path]::GetFileNameWithoutExtension($pwsh) -eq 'dotnet') { $pwshArguments = @([Environment]::GetCommandLineArgs()[0]) }

$server = Start-Server
try {
    $uri = $server.BaseUri
    $key = $server.ApiKey
    Import-Module $manifest
    Connect-CallerIdProvider -Provider TwoChat -Name Bench -BaseUri $uri -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force)

    $contenders = [ordered] @{
        'Get-CallerId' = { $items = Get-CallerId -Connection Bench; $items.Count }
        'Invoke-RestMethod loop' = {
            $headers = @{ 'X-User-API-Key' = $key }
            $items = for ($page = 0; ; $page++) {
                $answer = Invoke-RestMethod "$uri/open/voip/caller-ids?page_number=$page&results_per_page=200" -Headers $headers
                $answer.caller_ids
                if ($answer.caller_ids.Count -lt 200) { break }
            }
            $items.Count
        }
        'HttpClient + System.Text.Json (floor)' = { $items = [PlainCallerIdListing]::List($uri, $key); $items.Count }
    }

    # Warm-up, not counted: the first rounds run code the JIT has not optimized yet, in this pwsh and in the server
    # (tiered compilation), and took up to three times the steady time in trials on this machine.
    for ($round = 0; $round -lt $WarmupRounds; $round++) {
        foreach ($run in $contenders.Values) { $null = Measure-Ms $run }
    }
    $times = @{}
    foreach ($name in $contenders.Keys) { $times[$name] = [Collections.Generic.List[double]]::new() }
    $names = @($contenders.Keys)
    for ($round = 0; $round -lt $Rounds; $round++) {
        for ($i = 0; $i -lt $names.Count; $i++) {
            $name = $names[($i + $round) % $names.Count]
            [GC]::Collect()
            $measured = Measure-Ms $contenders[$name]
            if ($measured.Count -ne $Items) { throw "$name listed $($measured.Count) caller IDs, not $Items." }
            $times[$name].Add($measured.Ms)
        }
    }
    $median = @{}
    foreach ($name in $names) { $median[$name] = Get-Median $times[$name] }
    $module = $median['Get-CallerId']

    # Cold processes, alternated: the module to the first object, with the key typed at a prompt (ConvertTo-SecureString,
    # whose module PowerShell loads on first use) and as a runbook passes it (the environment variable the connector
    # reads), against the Invoke-RestMethod one-liner.
    $env:CALLERID_TWOCHAT_API_KEY = $key
    $cold = [ordered] @{
        'module, key as typed at a prompt: Import-Module, Connect-CallerIdProvider -ApiKey (ConvertTo-SecureString …), Get-CallerId | Select-Object -First 1' =
            "Import-Module '$manifest'; Connect-CallerIdProvider -Provider TwoChat -BaseUri $uri -ApiKey (ConvertTo-SecureString '$key' -AsPlainText -Force); Get-CallerId | Select-Object -First 1 | Out-Null"
        'module, key as a runbook passes it ($env:CALLERID_TWOCHAT_API_KEY): Import-Module, Connect-CallerIdProvider, Get-CallerId | Select-Object -First 1' =
            "Import-Module '$manifest'; Connect-CallerIdProvider -Provider TwoChat -BaseUri $uri; Get-CallerId | Select-Object -First 1 | Out-Null"
        'one-liner: (Invoke-RestMethod … -Headers @{ ''X-User-API-Key'' = … }).caller_ids | Select-Object -First 1' =
            "(Invoke-RestMethod '$uri/open/voip/caller-ids?page_number=0&results_per_page=200' -Headers @{ 'X-User-API-Key' = '$key' }).caller_ids | Select-Object -First 1 | Out-Null"
    }
    $coldTimes = @{}
    foreach ($name in $cold.Keys) { $coldTimes[$name] = [Collections.Generic.List[double]]::new() }
    # Each run takes the next of every order of the kinds, so each kind is started after each other kind about as often:
    # a process started right after one of the module's ran up to ~10% slower than the same process started first
    # (measured 2026-12-02: 1,080 against 1,203 ms medians, 8 trios), and a rotated order still started the one-liner
    # after a module process every time.
    $coldNames = @($cold.Keys)
    $orders = [Collections.Generic.List[object]]::new()
    function Add-Orders([int[]] $Prefix, [int[]] $Rest) {
        if ($Rest.Count -eq 0) { $orders.Add($Prefix); return }
        foreach ($next in $Rest) { Add-Orders ($Prefix + $next) @($Rest | Where-Object { $_ -ne $next }) }
    }
    Add-Orders @() @(0..($coldNames.Count - 1))
    for ($run = -1; $run -lt $ColdRuns; $run++) {   # run -1 warms the disk cache, not counted
        foreach ($index in $orders[[Math]::Max($run, 0) % $orders.Count]) {
            $name = $coldNames[$index]
            $clock = [Diagnostics.Stopwatch]::StartNew()
            & $pwsh @pwshArguments -NoProfile -NonInteractive -Command $cold[$name]
            $clock.Stop()
            if ($LASTEXITCODE -ne 0) { throw "The cold process failed: $name" }
            if ($run -ge 0) { $coldTimes[$name].Add($clock.Elapsed.TotalMilliseconds) }
        }
    }
    $coldPrompt = Get-Median $coldTimes[@($cold.Keys)[0]]
    $coldRunbook = Get-Median $coldTimes[@($cold.Keys)[1]]
    $coldOneLiner = Get-Median $coldTimes[@($cold.Keys)[2]]

    $cpu = (Get-Content /proc/cpuinfo -ErrorAction Ignore | Select-String '^model name' | Select-Object -First 1) -replace '^model name\s*:\s*'
    ''
    "## Run of $([DateTime]::UtcNow.ToString('yyyy-MM-dd HH:mm')) UTC, real pwsh"
    $load = (Get-Content /proc/loadavg -ErrorAction Ignore) -split ' ' | Select-Object -First 3
    "Machine: $([Environment]::ProcessorCount) cores$(if ($cpu) { " ($cpu)" }), $([Runtime.InteropServices.RuntimeInformation]::OSDescription), PowerShell $($PSVersionTable.PSVersion), .NET $([Environment]::Version)$(if ($load) { "; load average at the end $($load -join ' ')" })"
    ''
    "### Listing $($Items.ToString('N0')) caller IDs in one pwsh (median of $Rounds paired rounds after $WarmupRounds warm-up rounds, order rotated)"
    '| way | median | vs Get-CallerId | Get-CallerId vs it |'
    '|---|---:|---:|---:|'
    foreach ($name in $names) {
        '| {0} | {1:N0} ms | {2:N2}× | **{3:N2}×** |' -f $name, $median[$name], ($median[$name] / $module), ($module / $median[$name])
    }
    ''
    "### Cold process to the first object (median of $ColdRuns fresh ``pwsh -NoProfile`` processes, every order in turn)"
    '| process | median wall time |'
    '|---|---:|'
    foreach ($name in $cold.Keys) { '| {0} | {1:N0} ms |' -f ($name -replace '\|', '\|'), (Get-Median $coldTimes[$name]) }
    ''
    '| ratio | target | measured |'
    '|---|---:|---:|'
    '| Get-CallerId / Invoke-RestMethod loop | ≤ 0.11× | **{0:N2}×** |' -f ($module / $median['Invoke-RestMethod loop'])
    '| Get-CallerId / HttpClient + System.Text.Json (floor) | ≤ 1.2× | **{0:N2}×** |' -f ($module / $median['HttpClient + System.Text.Json (floor)'])
    '| cold: module (key typed at a prompt) / one-liner | ≤ 1.08× | **{0:N2}×** |' -f ($coldPrompt / $coldOneLiner)
    '| cold: module (key from the environment, as a runbook) / one-liner | ≤ 1.08× | **{0:N2}×** |' -f ($coldRunbook / $coldOneLiner)
}
finally {
    Remove-Item Env:CALLERID_TWOCHAT_API_KEY -ErrorAction Ignore
    if (-not $server.Process.HasExited) { $server.Process.Kill(); $server.Process.WaitForExit() }
}

<#
.SYNOPSIS
    Builds, tests and packages the CallerId module. Needs only the .NET SDK: the repository pins PowerShell as a local
    tool, so `dotnet tool restore` then `dotnet pwsh -NoProfile -File build.ps1 -Task <task>` runs it anywhere.
.PARAMETER Task
    Build   - dotnet build of the solution; lays out the importable module in out/CallerId.
    Example - builds the module, then runs examples/Buy-NumberOnSandbox.ps1 in a fresh pwsh -NoProfile process.
    Test    - the xunit suite (dotnet test CallerIdPs.sln), then every tests/Pester/*.Tests.ps1 in a fresh pwsh -NoProfile
              process with Pester restored from the NuGet feed at the version tools/Pester/Pester.csproj pins.
              The last line counts both suites: "N passed, N failed". Exits non-zero when anything failed.
    Package - a Release build, then out/CallerId-<version>.zip and, with -Repository, Publish-Module.
.EXAMPLE
    dotnet tool restore && dotnet pwsh -NoProfile -File build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Example', 'Test', 'Package')]
    [string] $Task = 'Build',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',
    [string] $Repository
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$solution = Join-Path $root 'CallerIdPs.sln'
$moduleFolder = Join-Path $root 'out/CallerId'
$manifest = Join-Path $moduleFolder 'CallerId.psd1'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

# A fresh process of the pwsh running this script: under `dotnet pwsh` the process is dotnet and its first argument
# pwsh.dll; an installed pwsh is its own executable.
function Invoke-FreshPwsh {
    $hostArguments = @()
    if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') {
        $hostArguments = @([Environment]::GetCommandLineArgs()[0])
    }
    & ([Environment]::ProcessPath) @hostArguments -NoProfile -NonInteractive @args
}

function Get-PesterManifest {
    $project = Join-Path $root 'tools/Pester/Pester.csproj'
    Invoke-Dotnet restore $project --verbosity quiet | Out-Host
    $properties = (& dotnet msbuild $project -getProperty:NuGetPackageRoot -getProperty:PesterVersion | ConvertFrom-Json).Properties
    $path = Join-Path $properties.NuGetPackageRoot "pester/$($properties.PesterVersion)/tools/Pester.psd1"
    if (-not (Test-Path $path)) { throw "Pester $($properties.PesterVersion) is not at $path after the restore." }
    $path
}

# dotnet test prints one summary per test assembly: "Passed!  - Failed:     0, Passed:   580, Skipped: ..."
function Measure-DotnetTest([string[]] $Lines) {
    $summaries = $Lines -match '^(Passed|Failed)!'
    $sum = { param($label) ($summaries | ForEach-Object { if ($_ -match "${label}:\s+(\d+)") { [int] $Matches[1] } } | Measure-Object -Sum).Sum }
    # Each failed test is also reported on a line of its own: "  Failed Namespace.Class.Method [6 s]".
    $names = @($Lines | ForEach-Object { if ($_ -match '^\s+Failed (\S.*?) \[[^\]]*\]\s*$') { $Matches[1] } })
    [pscustomobject] @{ Passed = [int] (& $sum 'Passed'); Failed = [int] (& $sum 'Failed'); FailedNames = $names }
}

function Invoke-Test {
    $lines = [Collections.Generic.List[string]]::new()
    & dotnet test $solution -c $Configuration 2>&1 | ForEach-Object { $lines.Add("$_"); "$_" } | Out-Host
    $xunit = Measure-DotnetTest $lines
    # The build or the test host failed before any test could report: count that as a failure.
    if ($LASTEXITCODE -ne 0 -and $xunit.Failed -eq 0) { $xunit.Failed = 1 }

    $pester = [pscustomobject] @{ Passed = 0; Failed = 1 }
    $counts = Join-Path ([IO.Path]::GetTempPath()) "callerid-pester-$PID.json"
    try {
        $pesterManifest = Get-PesterManifest
        Invoke-FreshPwsh -File (Join-Path $root 'tools/Pester/Invoke-PesterSuite.ps1') -PesterManifest $pesterManifest `
            -Path (Join-Path $root 'tests/Pester') -CountsPath $counts | Out-Host
        if (Test-Path $counts) { $pester = Get-Content $counts -Raw | ConvertFrom-Json }
        else { Write-Warning 'The Pester process ended without reporting its counts: counted as one failure.' }
    }
    catch { Write-Warning "Pester could not run: $_" }
    finally { Remove-Item $counts -ErrorAction SilentlyContinue }

    # The closing lines are what a CI log's tail shows: name what failed there, not only thousands of lines above.
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed"
    $xunit.FailedNames | ForEach-Object { Write-Host "  failed: $_" }
    Write-Host "Pester: $($pester.Passed) passed, $($pester.Failed) failed"
    @($pester.FailedNames) | Where-Object { $_ } | ForEach-Object { Write-Host "  failed: $_" }
    $failed = $xunit.Failed + $pester.Failed
    Write-Host "$($xunit.Passed + $pester.Passed) passed, $failed failed"
    if ($failed -gt 0) { exit 1 }
}

switch ($Task) {
    'Build' {
        Invoke-Dotnet build $solution -c $Configuration
        Write-Host "Module laid out in $moduleFolder"
    }
    'Example' {
        Invoke-Dotnet build (Join-Path $root 'src/CallerIdPs') -c $Configuration --verbosity quiet -nologo
        $example = Join-Path $root 'examples/Buy-NumberOnSandbox.ps1'
        Invoke-FreshPwsh -Command "Import-Module '$manifest'; & '$example'"
        if ($LASTEXITCODE -ne 0) { throw "The example failed with exit code $LASTEXITCODE." }
    }
    'Test' { Invoke-Test }
    'Package' {
        $Configuration = 'Release'
        Invoke-Dotnet build $solution -c $Configuration
        $version = (Test-ModuleManifest $manifest).Version
        $zip = Join-Path $root "out/CallerId-$version.zip"
        Compress-Archive -Path (Join-Path $moduleFolder '*') -DestinationPath $zip -Force
        Write-Host "Packaged $zip"
        if ($Repository) {
            Publish-Module -Path $moduleFolder -Repository $Repository
        }
    }
}

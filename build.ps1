<#
.SYNOPSIS
    Builds, tests and packages the CallerId module (for people with pwsh; `dotnet build` / `dotnet test` work without it).
.PARAMETER Task
    Build   - dotnet build; lays out the importable module in out/CallerId.
    Test    - the xunit suite (dotnet test), then the Pester suite in tests/Pester when Pester 5 is installed.
    Package - a Release build, then out/CallerId-<version>.zip and, with -Repository, Publish-Module (or a local .nupkg).
.EXAMPLE
    ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package')]
    [string] $Task = 'Build',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',
    [string] $Repository
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$moduleFolder = Join-Path $root 'out/CallerId'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    Invoke-Dotnet build (Join-Path $root 'CallerIdPs.sln') -c $Configuration
    Write-Host "Module laid out in $moduleFolder"
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' {
        Invoke-Dotnet test (Join-Path $root 'CallerIdPs.sln') -c $Configuration
        $pester = Get-Module -ListAvailable Pester | Where-Object Version -ge '5.0.0' | Sort-Object Version -Descending | Select-Object -First 1
        if ($pester) {
            Import-Module $pester
            $config = New-PesterConfiguration
            $config.Run.Path = Join-Path $root 'tests/Pester'
            $config.Run.Exit = $true
            $config.Output.Verbosity = 'Detailed'
            Invoke-Pester -Configuration $config
        }
        else {
            Write-Warning 'Pester 5 is not installed (Install-Module Pester -MinimumVersion 5.0): skipped tests/Pester.'
        }
    }
    'Package' {
        $Configuration = 'Release'
        Invoke-Build
        $manifest = Test-ModuleManifest (Join-Path $moduleFolder 'CallerId.psd1')
        $zip = Join-Path $root "out/CallerId-$($manifest.Version).zip"
        Compress-Archive -Path (Join-Path $moduleFolder '*') -DestinationPath $zip -Force
        Write-Host "Packaged $zip"
        if ($Repository) {
            Publish-Module -Path $moduleFolder -Repository $Repository
        }
    }
}

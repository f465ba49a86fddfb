<#
.SYNOPSIS
    Runs every *.Tests.ps1 under -Path with the Pester module at -PesterManifest, and writes the counts to -CountsPath.
.DESCRIPTION
    build.ps1 -Task Test starts this in a fresh pwsh -NoProfile process, so the suite sees what a user's new session
    sees. A test, a block (BeforeAll/AfterAll) or a whole file that fails each counts as a failure, and is named in
    the counts file so that the build's closing lines can say which.
#>
param(
    [Parameter(Mandatory)] [string] $PesterManifest,
    [Parameter(Mandatory)] [string] $Path,
    [Parameter(Mandatory)] [string] $CountsPath
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterManifest -Force

$config = New-PesterConfiguration
$config.Run.Path = @(Get-ChildItem -Path $Path -Filter '*.Tests.ps1' -Recurse -File | ForEach-Object FullName)
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
$config.Output.RenderMode = 'Plaintext'
$result = Invoke-Pester -Configuration $config

$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
$failedNames = @(
    $result.Failed | ForEach-Object ExpandedPath
    $result.FailedBlocks | ForEach-Object { "$($_.Path -join '.') (block)" }
    $result.FailedContainers | ForEach-Object { "$($_.Item) (file)" }
)
[pscustomobject] @{ Passed = $result.PassedCount; Failed = $failed; Skipped = $result.SkippedCount; FailedNames = $failedNames } |
    ConvertTo-Json | Set-Content -Path $CountsPath
exit ([int] ($failed -gt 0))

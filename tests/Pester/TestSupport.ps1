# Shared by the *.Tests.ps1 files here: dot-source it in BeforeAll (and in BeforeDiscovery when test cases need it).
# Every file imports the module as a user does, from the folder `dotnet build` lays out.

$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$ModuleManifest = Join-Path $RepoRoot 'out/CallerId/CallerId.psd1'
$SandboxProviders = 'TwoChat', 'Plivo', 'AppleBusiness', 'IdentityCall'

function Import-CallerId {
    if (-not (Test-Path $ModuleManifest)) { throw "Build first (dotnet build): $ModuleManifest is missing." }
    Import-Module $ModuleManifest -Force -Global
    # Rendered text is asserted: no ANSI colour codes in it.
    $global:PSStyle.OutputRendering = 'PlainText'
}

function Disconnect-Everything {
    Get-CallerIdConnection | Disconnect-CallerIdProvider
}

# Fresh sandbox state: every connection closed, then a new sandbox (a new seeded account) per provider asked for.
function Connect-Sandbox([string[]] $Provider = $SandboxProviders) {
    Disconnect-Everything
    foreach ($name in $Provider) { Connect-CallerIdProvider -Provider $name -Sandbox }
}

# What PowerShell sees of a script, for comparing documentation with tests: its tokens, without comments, line
# breaks and line continuations, one space apart.
function ConvertTo-TokenText([string] $Script) {
    $tokens = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($Script, [ref] $tokens, [ref] $null)
    $kept = $tokens | Where-Object Kind -notin 'Comment', 'NewLine', 'LineContinuation', 'EndOfInput'
    ($kept | ForEach-Object Text) -join ' '
}

# The code a document shows: fenced powershell blocks and inline `...` spans of a Markdown page, or the indented
# blocks of an about_ topic.
function Get-DocumentCode([string] $Path) {
    $text = Get-Content -Raw $Path
    if ($Path -like '*.md') {
        [regex]::Matches($text, '(?ms)^```powershell\r?\n(.*?)^```') | ForEach-Object { $_.Groups[1].Value }
        # Inline spans that are pipelines (a `|` in them), e.g. "Or in one line: `A | B`".
        [regex]::Matches($text, '(?<!`)`([^`\r\n]+\|[^`\r\n]+)`(?!`)') | ForEach-Object { $_.Groups[1].Value }
    }
    else {
        [regex]::Matches($text, '(?m)(?:^ {8}.*\r?\n|^[ \t]*\r?\n)+') |
            ForEach-Object { ($_.Value -split '\r?\n' | ForEach-Object { if ($_.Length -ge 8) { $_.Substring(8) } else { '' } }) -join "`n" }
    }
}

# Every statement of a document's code that runs one of the module's cmdlets (or one the design page names).
function Get-DocumentedPipeline([string] $Path, [string[]] $CommandName) {
    foreach ($code in Get-DocumentCode $Path) {
        $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($code, [ref] $null, [ref] $errors)
        if ($errors) { continue }   # prose in backticks, or a placeholder like <AuthID>
        foreach ($statement in $ast.EndBlock.Statements) {
            $runsTheModule = $statement.FindAll({
                    param($node)
                    $node -is [System.Management.Automation.Language.CommandAst] -and $node.GetCommandName() -in $CommandName
                }, $true)
            if ($runsTheModule) {
                [pscustomobject] @{ Document = Split-Path -Leaf $Path; Text = $statement.Extent.Text; Tokens = ConvertTo-TokenText $statement.Extent.Text }
            }
        }
    }
}

# Runs PowerShell text in a new pwsh -NoProfile process (the one running these tests), with the module imported.
function Invoke-FreshPwsh([string] $Command, [switch] $NoImport) {
    $hostArguments = @()
    if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') {
        $hostArguments = @([Environment]::GetCommandLineArgs()[0])
    }
    $prelude = "`$PSStyle.OutputRendering = 'PlainText'; `$ErrorActionPreference = 'Stop'; "
    if (-not $NoImport) { $prelude += "Import-Module '$ModuleManifest'; " }
    $output = & ([Environment]::ProcessPath) @hostArguments -NoProfile -NonInteractive -Command ($prelude + $Command) 2>&1
    [pscustomobject] @{ ExitCode = $LASTEXITCODE; Text = ($output | ForEach-Object { "$_" }) -join "`n" }
}

# The emulator served over loopback HTTP by tests/CallerIdPs.EmulatorServer (built by `dotnet test`), in a process of
# its own; what it prints (address, keys) comes back with it. Stop it with Stop-EmulatorServer. -Option passes more of
# its command line (e.g. '--reservation-seconds', '1').
function Start-EmulatorServer([string] $Provider, [string[]] $Option = @()) {
    $server = Get-ChildItem -Path (Join-Path $RepoRoot 'tests/CallerIdPs.EmulatorServer/bin') -Filter CallerIdPs.EmulatorServer.dll -Recurse |
        Sort-Object LastWriteTime -Descending | Select-Object -First 1
    if (-not $server) { throw 'Build first (dotnet build CallerIdPs.sln): tests/CallerIdPs.EmulatorServer is not built.' }
    $start = [Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in @($server.FullName, '--provider', $Provider, '--port', '0') + $Option) { $start.ArgumentList.Add($argument) }
    $start.RedirectStandardOutput = $true
    $process = [Diagnostics.Process]::Start($start)
    $said = [Collections.Generic.List[string]]::new()
    while (($line = $process.StandardOutput.ReadLine()) -ne $null -and $line -notlike 'Press Ctrl+C*') { $said.Add($line) }
    $address = [regex]::Match(($said -join "`n"), 'listening on (http://\S+?)/? ').Groups[1].Value
    if (-not $address) { $process.Kill(); throw "The emulator server did not start: $($said -join "`n")" }
    $keys = @{}
    foreach ($entry in $said) { if ($entry -match '^\s+(\S+) \((read only|expired|account-wide)') { $keys[(Get-Culture).TextInfo.ToTitleCase($Matches[2]) -replace '[ -]'] = $Matches[1] } }
    [pscustomobject] @{ Process = $process; BaseUri = $address; Keys = $keys; Text = $said -join "`n" }
}

function Stop-EmulatorServer($Server) {
    if ($Server -and -not $Server.Process.HasExited) { $Server.Process.Kill(); $Server.Process.WaitForExit() }
}

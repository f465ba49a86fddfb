#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# build.ps1 -Task Test's closing lines are what a CI log's tail shows: they must name what failed, not only count it.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

Describe 'The test task names what failed' {
    It 'names each failed xunit test from the dotnet test output' {
        $build = [System.Management.Automation.Language.Parser]::ParseFile((Join-Path $RepoRoot 'build.ps1'), [ref] $null, [ref] $null)
        $definition = $build.Find({ param($node) $node -is [System.Management.Automation.Language.FunctionDefinitionAst] -and $node.Name -eq 'Measure-DotnetTest' }, $true)
        . ([scriptblock]::Create($definition.Extent.Text))
        $lines = @(
            '[xUnit.net 00:00:07.51]     CallerIdPs.Tests.Clients.TwoChatCancellationTests.AGetThatOutlivesTheRequestTimeoutIsProviderUnavailable [FAIL]'
            '  Failed CallerIdPs.Tests.Clients.TwoChatCancellationTests.AGetThatOutlivesTheRequestTimeoutIsProviderUnavailable [6 s]'
            '  Error Message:'
            '   Assert.Contains() Failure: Sub-string not found'
            '  Failed CallerIdPs.Tests.Engine.ViewTests.Renders(type: "Region") [< 1 ms]'
            'Failed!  - Failed:     2, Passed:  1014, Skipped:     0, Total:  1016, Duration: 2 m - CallerIdPs.Tests.dll (net10.0)'
        )

        $measured = Measure-DotnetTest $lines

        $measured.Passed | Should -Be 1014
        $measured.Failed | Should -Be 2
        $measured.FailedNames | Should -Be @(
            'CallerIdPs.Tests.Clients.TwoChatCancellationTests.AGetThatOutlivesTheRequestTimeoutIsProviderUnavailable'
            'CallerIdPs.Tests.Engine.ViewTests.Renders(type: "Region")'
        )
    }

    It 'counts and names a failed Pester test in the counts file' {
        $suite = Join-Path $TestDrive 'suite'
        New-Item -ItemType Directory -Path $suite | Out-Null
        Set-Content -Path (Join-Path $suite 'Sample.Tests.ps1') -Value @'
Describe 'Sample' {
    It 'passes' { 1 | Should -Be 1 }
    It 'fails' { 1 | Should -Be 2 }
}
'@
        $counts = Join-Path $TestDrive 'counts.json'
        $runner = Join-Path $RepoRoot 'tools/Pester/Invoke-PesterSuite.ps1'
        $pester = (Get-Module Pester).Path -replace '\.psm1$', '.psd1'

        $run = Invoke-FreshPwsh -NoImport "& '$runner' -PesterManifest '$pester' -Path '$suite' -CountsPath '$counts'"

        $run.ExitCode | Should -Be 1
        $reported = Get-Content $counts -Raw | ConvertFrom-Json
        $reported.Passed | Should -Be 1
        $reported.Failed | Should -Be 1
        @($reported.FailedNames) | Should -Be @('Sample.fails')
    }
}

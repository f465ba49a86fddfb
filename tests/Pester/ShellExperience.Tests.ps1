#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# What a user sees in real pwsh (issue 14): pipelines by property name, CSV and JSON, parallel runspaces, progress,
# views at 80 columns, one error per failure, help and completion. Every test runs against the built-in sandbox.

BeforeAll {
    $script:manifest = (Resolve-Path (Join-Path $PSScriptRoot '../../out/CallerId/CallerId.psd1')).Path
    Import-Module $script:manifest -Force
    $PSStyle.OutputRendering = 'PlainText'

    function script:Connect-All {
        Disconnect-CallerIdProvider
        foreach ($provider in 'TwoChat', 'Plivo', 'AppleBusiness', 'IdentityCall') {
            Connect-CallerIdProvider -Provider $provider -Sandbox | Out-Null
        }
    }
}

AfterAll {
    Remove-Module CallerId -ErrorAction SilentlyContinue
}

Describe 'Connections across runspaces' {
    BeforeAll { Connect-All }

    It 'resolves -Connection by name in ForEach-Object -Parallel' {
        $counts = 1..2 | ForEach-Object -Parallel {
            Import-Module $using:manifest
            (Get-NumberType -Connection TwoChat).Count
        }
        $counts | Should -Be @(6, 6)
    }

    It 'takes objects piped from the main session in ForEach-Object -Parallel back to their connection' {
        $ids = Get-CallerId -Connection Plivo | Select-Object -First 2
        $renamed = $ids | ForEach-Object -Parallel {
            Import-Module $using:manifest
            $_ | Set-CallerId -Alias 'Parallel'
        }
        $renamed.Name | Should -Be @('Parallel', 'Parallel')
        (Get-CallerId -Connection Plivo -Alias Parallel).Count | Should -Be 2
    }

    It 'resolves -Connection by name in Start-ThreadJob' {
        $job = Start-ThreadJob { Import-Module $using:manifest; (Get-NumberType -Connection TwoChat).Count }
        $job | Receive-Job -Wait -AutoRemoveJob | Should -Be 6
    }

    It 'says how to name the connection when a thread job has none of its own' {
        $job = Start-ThreadJob { Import-Module $using:manifest; Get-NumberType -ErrorAction SilentlyContinue -ErrorVariable e; $e[0] }
        $err = $job | Receive-Job -Wait -AutoRemoveJob
        $err.FullyQualifiedErrorId | Should -BeLike 'NotConnected,*'
        $err.ErrorDetails.RecommendedAction + $err.Exception.Message + "$($err.Exception.Hint)" | Should -Match '-Connection TwoChat'
    }

    It 'reports an unknown connection name as NotConnected, not a binding error' {
        Get-NumberType -Connection Nowhere -ErrorAction SilentlyContinue -ErrorVariable e
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'NotConnected,*'
        $e[0].TargetObject | Should -Be 'Nowhere'
        $e[0].Exception.Message | Should -Match 'Connected: TwoChat'
    }

    It 'closes its connections when the module is removed' {
        $connection = Get-CallerIdConnection TwoChat
        Remove-Module CallerId
        $connection.IsOpen | Should -BeFalse
        Import-Module $script:manifest -Force
        Connect-All
    }
}

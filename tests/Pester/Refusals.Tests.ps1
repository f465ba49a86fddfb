#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# How the module says, in real pwsh, that it will not ask a connection or that two inputs conflict: the same words
# whichever cmdlet refuses, connection names quoted in prose, a piped object named as the user knows it.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
    Import-CallerId
    $PSStyle.OutputRendering = 'PlainText'
}

AfterAll {
    Remove-Module CallerId -ErrorAction SilentlyContinue
}

Describe 'Connections that cannot answer a read' {
    BeforeEach { Connect-Sandbox -Provider TwoChat, Plivo, IdentityCall }
    AfterEach { Disconnect-Everything }

    It 'says "Skipped ''<Skipped>''" with the reason, as a sentence, for <Command>' -ForEach @(
        @{ Command = 'Get-CallerId -Subaccount SA1234567890ABCDEF12 -WarningAction SilentlyContinue'; Skipped = 'TwoChat' }
        @{ Command = 'Get-AvailableNumber -Country US -StartsWith 415'; Skipped = 'IdentityCall' }
    ) {
        $verbose = @(& ([scriptblock]::Create("$Command -Verbose")) 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Skipped*' })
        $verbose.Count | Should -Be 1
        $verbose[0].Message | Should -BeLike "Skipped '$Skipped': *."
    }

    It 'says why each connection refused, in one InvalidInput error, for <Command>' -ForEach @(
        @{ Command = 'Get-CallerId -State Published'; Asked = 'state Published'; Refused = 'Published' }
        @{ Command = 'Get-AvailableNumber -Country US -Type SharedCost'; Asked = 'US, sharedcost'; Refused = 'SharedCost' }
    ) {
        $ErrorActionPreference = 'Continue'
        $errors = @(& ([scriptblock]::Create($Command)) 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        "$($errors[0].TargetObject)" | Should -Be $Refused
        $errors[0].Exception.Message | Should -BeLike "No connection can answer this ($Asked), so none was asked. *Plivo: Plivo *"
        $errors[0].ErrorDetails.RecommendedAction | Should -Be 'Change or leave out what they refuse.'
    }
}

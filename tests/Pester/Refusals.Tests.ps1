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

Describe 'Two inputs where a command takes one' {
    BeforeAll {
        Connect-Sandbox -Provider TwoChat, AppleBusiness
        $script:group = @(Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1)
        $script:apple = @(Get-CallerId -Connection AppleBusiness -First 2)
    }
    AfterAll { Disconnect-Everything }

    It 'refuses <Name> about the typed value, naming the piped object as the user knows it' -ForEach @(
        @{ Name = 'a CSV row with -Group'; Offending = { $group[0] }; Run = { [pscustomobject]@{ ReservationId = 'abc' } | Invoke-NumberPurchase -Group $group[0] -WhatIf }
           Message = 'Say one thing to buy: -Group was given and an object with properties ReservationId was piped; they may not be the same number.' }
        @{ Name = 'a group with -PhoneNumber'; Offending = { '+447700900123' }; Run = { $group | New-NumberReservation -PhoneNumber +447700900123 -WhatIf }
           Message = 'Say one thing to reserve: -PhoneNumber was given and a number group was piped; they may not be the same number.' }
        @{ Name = '-Id with -PhoneNumber'; Offending = { $apple[0].Id }; Run = { Remove-CallerId -Id $apple[0].Id -PhoneNumber $apple[1].PhoneNumber -WhatIf }
           Message = 'Say one thing to act on: -Id and -PhoneNumber were given together; they may not be the same caller ID.' }
    ) {
        $ErrorActionPreference = 'Continue'
        $errors = @(& $Run 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        "$($errors[0].TargetObject)" | Should -Be "$(& $Offending)"
        $errors[0].Exception.Message | Should -Be $Message
    }
}

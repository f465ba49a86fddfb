#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Get-NumberInventory in real PowerShell over the four sandboxes together: the issue's pipelines as written, and
# what the table, Export-Csv and ConvertTo-Json really show. Run: ./build.ps1 -Task Test, or
# dotnet pwsh -NoProfile -c 'Import-Module ~/.nuget/packages/pester/5.7.1/tools/Pester.psd1; Invoke-Pester tests/Pester/Inventory.Tests.ps1'

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
    Import-CallerId
}

AfterAll {
    Remove-Module CallerId -ErrorAction SilentlyContinue
}

Describe 'Get-NumberInventory on the four sandboxes' {
    BeforeEach {
        Connect-Sandbox -Provider TwoChat, IdentityCall, Plivo, AppleBusiness
    }

    AfterEach {
        Disconnect-Everything
    }

    It 'gives one row per number of every connection that can answer' {
        $rows = Get-NumberInventory
        $numbers = @(Get-VirtualNumber).PhoneNumber + @(Get-CallerId).PhoneNumber | Sort-Object -Unique
        $rows.Count | Should -Be $numbers.Count
        ($rows | Where-Object PhoneNumber -eq '+12135321603').OwnedOn | Should -Be 'TwoChat, IdentityCall'
    }

    It 'shows only rows with findings in a table that fits 80 columns' {
        $table = Get-NumberInventory -Attention | Format-Table | Out-String -Width 80
        $lines = $table -split "`r?`n" | Where-Object { $_ }
        $lines[0] | Should -Match '^PhoneNumber\s+OwnedOn\s+CallerIdOn\s+Monthly\s+Renews\s+Findings$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
        $table | Should -Match '\+14155550186\s+TwoChat\s+AppleBusiness\s+ReleasedButCallerId\r?\n\s+Released\s+Published'
        @(Get-NumberInventory -Attention | Where-Object { $_.Findings.Count -eq 0 }).Count | Should -Be 0
    }

    It 'demonstrates every finding with -Attention' {
        $rows = Get-NumberInventory -Attention
        foreach ($finding in 'ReleasedButCallerId', 'BrandedNotOwned', 'OwnedTwice', 'Expiring', 'PendingDocuments', 'CallerIdUnverified', 'Rejected') {
            @($rows | Where-Object Findings -contains $finding).Count | Should -BeGreaterThan 0 -Because "the sandboxes are seeded to show $finding"
        }
    }

    It 'writes flat text columns with Export-Csv' {
        $csv = Join-Path $TestDrive 'numbers.csv'
        Push-Location $TestDrive
        try {
            Get-NumberInventory | Export-Csv numbers.csv
        }
        finally {
            Pop-Location
        }

        Get-Content $csv -Raw | Should -Not -Match 'System\.|CallerIdPs\.'
        $released = Import-Csv $csv | Where-Object PhoneNumber -eq '+14155550186'
        $released.Findings | Should -Be 'ReleasedButCallerId'
        $released.OwnedOn | Should -Be 'TwoChat (Released)'
        $released.CallerIdOn | Should -Be 'AppleBusiness Published'
        $released.Notes | Should -Be 'ReleasedButCallerId: Released on TwoChat, still a caller ID on AppleBusiness Published.'
        (Import-Csv $csv | Where-Object PhoneNumber -eq '+12135321603').Owned | Should -Match '^TwoChat Active expires \d{4}-\d\d-\d\d; IdentityCall Active$'
    }

    It 'pipes the caller IDs of released numbers into Remove-CallerId -WhatIf' {
        $piped = Get-NumberInventory -Attention | Where-Object Findings -contains 'ReleasedButCallerId' | ForEach-Object CallerIds
        $piped.GetType().Name | Should -Be 'AppleCallerId'

        Get-NumberInventory -Attention | Where-Object Findings -contains 'ReleasedButCallerId' |
          ForEach-Object CallerIds | Remove-CallerId -WhatIf -ErrorVariable failed
        $failed | Should -BeNullOrEmpty
        Get-CallerId -Connection AppleBusiness -PhoneNumber +14155550186 | Should -Not -BeNullOrEmpty
    }

    It 'keeps the structure in ConvertTo-Json' {
        $json = Get-NumberInventory | Where-Object PhoneNumber -eq '+12135321603' | ConvertTo-Json -Depth 3 -WarningAction SilentlyContinue | ConvertFrom-Json
        $json.Owned.Count | Should -Be 2
        $json.Owned.ConnectionName | Should -Be 'TwoChat', 'IdentityCall'
        $json.Findings | Should -Be 2 # OwnedTwice's value, as ConvertTo-Json writes enums; -EnumsAsStrings gives the name
        (Get-NumberInventory | Where-Object PhoneNumber -eq '+12135321603' | ConvertTo-Json -Depth 3 -EnumsAsStrings -WarningAction SilentlyContinue | ConvertFrom-Json).Findings | Should -Be 'OwnedTwice'
    }

    It 'says what was seen in the list view' {
        $text = Get-NumberInventory | Where-Object PhoneNumber -eq '+49309305460' | Format-List | Out-String -Width 200
        $text | Should -Match 'Notes\s+: PendingDocuments: Bought on TwoChat \d{4}-\d\d-\d\d, waiting for documents \(AwaitingRegistration\)\.'
    }

    It 'takes -Within in days' {
        $month = @(Get-NumberInventory | Where-Object Findings -contains 'Expiring').Count
        $year = @(Get-NumberInventory -Within 400 | Where-Object Findings -contains 'Expiring').Count
        $year | Should -BeGreaterThan $month
        Get-NumberInventory -Within -1 -ErrorVariable bad -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'InvalidInput*'
    }
}

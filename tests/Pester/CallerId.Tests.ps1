#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# The design page's 2Chat pipelines against the built-in sandbox, for people with pwsh: ./build.ps1 -Task Test
# (the xunit suite runs the same pipelines in the hosted engine on machines without pwsh).

BeforeAll {
    $manifest = Join-Path $PSScriptRoot '../../out/CallerId/CallerId.psd1'
    if (-not (Test-Path $manifest)) { throw "Build first (dotnet build): $manifest is missing." }
    Import-Module $manifest -Force
}

AfterAll {
    Remove-Module CallerId -ErrorAction SilentlyContinue
}

Describe 'The module' {
    It 'passes Test-ModuleManifest' {
        Test-ModuleManifest (Join-Path $PSScriptRoot '../../out/CallerId/CallerId.psd1') | Should -Not -BeNullOrEmpty
    }

    It 'exports the 2Chat and connection cmdlets' {
        $names = (Get-Command -Module CallerId).Name
        foreach ($name in 'Connect-CallerIdProvider', 'Get-CallerId', 'Find-NumberGroup', 'Invoke-NumberPurchase', 'Remove-NumberReservation') {
            $names | Should -Contain $name
        }
    }
}

Describe '2Chat on the sandbox' {
    BeforeEach {
        Connect-CallerIdProvider -Provider TwoChat -Sandbox
    }

    AfterEach {
        Get-CallerIdConnection | Disconnect-CallerIdProvider
    }

    It 'buys a Los Angeles number containing 555, from region to purchase' {
        $purchase = Get-NumberRegion -Country US | Where-Object Name -eq 'California' |
            Get-NumberCity | Where-Object Name -eq 'Los Angeles' |
            Find-NumberGroup -Type local | Get-AvailableNumber -Contains 555 |
            Select-Object -First 1 | New-NumberReservation | Invoke-NumberPurchase -Confirm:$false

        $purchase.Status | Should -Be 'Purchased'
        $purchase.PhoneNumber | Should -Match '^\+1213\d*555'
        (Get-VirtualNumber).PhoneNumber | Should -Contain $purchase.PhoneNumber
    }

    It 'reserves a random GB mobile number' {
        $reservation = Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation
        $reservation.PhoneNumber | Should -Match '^\+44'
        $reservation.ExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
        (Get-NumberReservation).Id | Should -Be $reservation.Id
    }

    It 'cancels reservations piped to Remove-NumberReservation' {
        Find-NumberGroup -Country GB -Type mobile | New-NumberReservation | Out-Null
        Get-NumberReservation | Remove-NumberReservation -Confirm:$false
        Get-NumberReservation | Should -BeNullOrEmpty
    }

    It 'buys reservations piped to Invoke-NumberPurchase' {
        Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation | Out-Null
        $purchase = Get-NumberReservation | Invoke-NumberPurchase -Confirm:$false
        $purchase.Status | Should -Be 'Purchased'
        Get-NumberReservation | Should -BeNullOrEmpty
    }

    It 'changes nothing with -WhatIf' {
        Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation | Out-Null
        $before = @(Get-VirtualNumber).Count
        Get-NumberReservation | Invoke-NumberPurchase -WhatIf
        @(Get-VirtualNumber).Count | Should -Be $before
        @(Get-NumberReservation).Count | Should -Be 1
    }

    It 'lists every caller ID once across pages' {
        $ids = (Get-CallerId).Id
        $ids.Count | Should -Be 1257
        ($ids | Sort-Object -Unique).Count | Should -Be 1257
    }

    It 'keeps the active virtual numbers with Where-Object Active' {
        Get-VirtualNumber | Where-Object Active | ForEach-Object { $_.Active | Should -BeTrue }
    }

    It 'refuses a malformed phone number before any request' {
        { New-NumberReservation -GroupId any -PhoneNumber 12345 -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidInput,CallerIdPs.Cmdlets.Numbers.NewNumberReservationCommand'
    }

    It 'refuses an unknown country' {
        { Get-NumberRegion -Country XX -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidInput,CallerIdPs.Cmdlets.Numbers.GetNumberRegionCommand'
    }

    It 'refuses a group with requirements unless -Force' {
        { Find-NumberGroup -Country DE -Type local | Select-Object -First 1 | Invoke-NumberPurchase -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'RequirementsUnmet,CallerIdPs.Cmdlets.Numbers.InvokeNumberPurchaseCommand'
    }
}

Describe 'IdentityCall on the sandbox' {
    BeforeEach {
        Connect-CallerIdProvider -Provider IdentityCall -Sandbox
    }

    AfterEach {
        Get-CallerIdConnection | Disconnect-CallerIdProvider
    }

    It 'merges 2Chat and IdentityCall numbers and keeps the active ones with Where-Object Active' {
        Connect-CallerIdProvider -Provider TwoChat -Sandbox
        $active = Get-VirtualNumber | Where-Object Active
        ($active.Provider | Sort-Object -Unique) | Should -Be @('TwoChat', 'IdentityCall')
        $active | ForEach-Object { $_.Active | Should -BeTrue }
    }

    It 'stops recording on every IdentityCall number' {
        $updated = Get-VirtualNumber -Connection IdentityCall | Set-VirtualNumber -Recording:$false
        $updated.Count | Should -Be @(Get-VirtualNumber -Connection IdentityCall).Count
        $updated | ForEach-Object { $_.Recording | Should -BeFalse }
    }

    It 'buys the first US local number and names it Sales' {
        $purchase = Get-AvailableNumber -Connection IdentityCall -Country US -Type local |
            Select-Object -First 1 | Invoke-NumberPurchase -Name 'Sales' -Confirm:$false
        $purchase.Status | Should -Be 'Purchased'
        (Get-VirtualNumber -Connection IdentityCall | Where-Object Name -eq 'Sales').PhoneNumber | Should -Be $purchase.PhoneNumber
    }

    It 'returns the detail record for an id' {
        $number = Get-VirtualNumber -Id 7
        $number.IsDetailed | Should -BeTrue
        $number.RecentCalls.Count | Should -Be 10
    }
}

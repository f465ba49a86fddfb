#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Issue 16's Plivo number pipelines in real PowerShell against the built-in sandbox
# (the xunit suite runs the same pipelines in the hosted engine, also against the emulator over loopback).

BeforeAll {
    $manifest = Join-Path $PSScriptRoot '../../out/CallerId/CallerId.psd1'
    if (-not (Test-Path $manifest)) { throw "Build first (dotnet build): $manifest is missing." }
    Import-Module $manifest -Force
    if ($PSVersionTable.PSVersion.Major -ge 7) { $PSStyle.OutputRendering = 'PlainText' }
}

AfterAll {
    Remove-Module CallerId -ErrorAction SilentlyContinue
}

Describe 'Plivo numbers on the sandbox' {
    BeforeEach {
        Connect-CallerIdProvider -Provider Plivo -Sandbox
    }

    It 'runs the issue pipelines as written' {
        $bought = Get-AvailableNumber -Connection Plivo -Country US -Type Local -StartsWith 415 -Service Voice,Sms |
          Select-Object -First 1 | Invoke-NumberPurchase -Name 'SF support' -Confirm:$false
        $bought.PhoneNumber | Should -Be '+14155559186'
        $bought.Status | Should -Be 'Purchased'
        $bought.Name | Should -Be 'SF support'

        $renewing = @(Get-VirtualNumber -Connection Plivo | Where-Object RenewsAt -lt (Get-Date).AddDays(7))
        $renewing.Count | Should -BeGreaterThan 0

        $changed = Get-VirtualNumber -Connection Plivo -PhoneNumber +14155559186 | Set-VirtualNumber -Name 'Support' -Subaccount SAXXXXXXXXXXXXXXXXXX
        $changed.Name | Should -Be 'Support'
        $changed.Subaccount | Should -Be 'SAXXXXXXXXXXXXXXXXXX'

        @(Get-VirtualNumber -Connection Plivo | Where-Object Name -like 'old-*').Count | Should -BeGreaterThan 0
        Get-VirtualNumber -Connection Plivo | Where-Object Name -like 'old-*' | Remove-VirtualNumber -Force
        @(Get-VirtualNumber -Connection Plivo | Where-Object Name -like 'old-*').Count | Should -Be 0
    }

    # Plivo's rows share the tables of every provider's numbers (one table when providers are mixed); what only Plivo
    # has (restriction, renewal, price of a rented number) is in its list view.
    It 'shows numbers for sale and rented numbers in tables that fit 80 columns, with Plivo''s details in lists' {
        $forSale = Get-AvailableNumber -Connection Plivo -Country DE | Out-String -Width 80
        $forSale | Should -Match 'MonthlyPrice'
        $rented = Get-VirtualNumber -Connection Plivo | Out-String -Width 80
        $rented | Should -Match '\+13125550206'
        foreach ($line in ($forSale + $rented) -split "`n") { $line.TrimEnd().Length | Should -BeLessOrEqual 80 }
        $forSaleList = Get-AvailableNumber -Connection Plivo -Country DE | Format-List | Out-String -Width 80
        $forSaleList | Should -Match 'Restriction\s+: city-address'
        $rentedList = Get-VirtualNumber -Connection Plivo | Format-List | Out-String -Width 80
        $rentedList | Should -Match 'RenewsAt'
        $rentedList | Should -Match '0\.80 USD'
    }

    It 'warns with Plivo''s reason, and writes no error, when a search finds nothing' {
        $found = Get-AvailableNumber -Connection Plivo -Country US -StartsWith 999 -WarningVariable warned -ErrorVariable failed 3>$null
        $found | Should -BeNullOrEmpty
        $failed | Should -BeNullOrEmpty
        "$warned" | Should -Match 'No phone numbers found'
    }

    It 'refuses a restricted number with RequirementsUnmet and buys it Pending with -AllowUnmetRequirements' {
        Get-AvailableNumber -Connection Plivo -Country DE -Region Frankfurt | Invoke-NumberPurchase -Confirm:$false -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'RequirementsUnmet*'

        $pending = Get-AvailableNumber -Connection Plivo -Country DE -Region Frankfurt | Invoke-NumberPurchase -AllowUnmetRequirements -Force -WarningVariable warned 3>$null
        $pending.Status | Should -Be 'Pending'
        "$warned" | Should -Match 'activates it only once'
    }

    It 'names the number, account, price and the no-refund rule when releasing' {
        $said = Get-VirtualNumber -Connection Plivo -PhoneNumber +14155550200 | Remove-VirtualNumber -Force -Verbose 4>&1 | Out-String
        $said | Should -Match '\+14155550200'
        $said | Should -Match "Plivo account"
        $said | Should -Match '0\.80 USD a month'
        $said | Should -Match 'not refunded'
    }

    It 'completes -Service with the services Plivo filters on' {
        $line = 'Get-AvailableNumber -Country US -Service '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Sort-Object | Should -Be @('Mms', 'Sms', 'Voice')
    }
}
